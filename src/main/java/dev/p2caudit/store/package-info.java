/**
 * The workspace: one embedded H2 file per audit. Owns the schema (a typed table per snapshot and
 * table, the import log, rejected rows, audit runs with their inputs, catalogue and findings,
 * waivers and settings kept with the audit), every write and every query. This is the only package
 * that speaks JDBC; everything else asks it in terms of the model.
 */
package dev.p2caudit.store;
