/**
 * Outputs of an audit: the self-contained HTML report (auto-escaping templates, charts as inline
 * SVG), the JSON findings contract, CSV and xlsx exports, all safe against injection.
 */
package dev.p2caudit.report;
