/**
 * Outputs of a stored audit run: the self-contained HTML report (auto-escaping jte templates,
 * JFreeChart charts as inline SVG through Batik), the JSON findings contract, CSV and xlsx exports,
 * and for CI pipelines JUnit XML and SARIF; all safe against injection, written whole or not at
 * all, and all saying what the run's own catalogue says of its rules.
 */
package dev.p2caudit.report;
