/**
 * Outputs of an audit: the self-contained HTML report (auto-escaping templates, charts as inline
 * SVG), the JSON findings contract, CSV and xlsx exports, and for CI pipelines JUnit XML and
 * SARIF, all safe against injection and written whole or not at all.
 */
package dev.p2caudit.report;
