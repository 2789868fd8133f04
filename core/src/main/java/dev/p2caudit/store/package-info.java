/**
 * The workspace: per audit an embedded H2 file, the workspace of record (the import log, header
 * mappings and column readings, rejected rows, audit runs with their inputs, catalogue and
 * findings, waivers, settings), and beside it a DuckDB file, the analytic store (a typed table per
 * snapshot and table; the audit's working tables in an attached in-memory database). Owns both
 * schemas, every write and every query. This is the only package that speaks JDBC, to either
 * engine; everything else asks it in terms of the model.
 */
package dev.p2caudit.store;
