/**
 * Outputs of a stored audit run: the self-contained HTML report (auto-escaping jte templates,
 * JFreeChart charts as inline SVG through Batik), the JSON findings contract, CSV and xlsx exports,
 * all safe against injection, and all saying what the run's own catalogue says of its rules.
 */
package dev.p2caudit.report;
