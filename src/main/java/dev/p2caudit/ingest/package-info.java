/**
 * Reads export files as users really have them: sniffs encoding and delimiter, streams CSV
 * (univocity-parsers) and xlsx (fastexcel-reader), recognises the table, maps headers from all
 * three dialects through the catalogue in {@code headers.json}, parses values, and hands rows
 * and rejections to the workspace. univocity stays behind this package.
 */
package dev.p2caudit.ingest;
