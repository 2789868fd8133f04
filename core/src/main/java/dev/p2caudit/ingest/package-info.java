/**
 * Reads export files as users really have them: sniffs encoding and delimiter, streams CSV
 * (FastCSV) and xlsx (fastexcel-reader), recognises the table, maps headers from all
 * three dialects through the catalogue in {@code headers.json}, parses values, and hands rows
 * and rejections to the workspace. The CSV library (FastCSV) stays behind this package.
 */
package dev.p2caudit.ingest;
