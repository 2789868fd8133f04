/**
 * The audit: the check catalogue of RULES.md, the engine that runs it over a workspace,
 * pre/post reconciliation and duplicate detection. Checks are data plus small code; anything
 * that scans rows is one set-based SQL statement run by the store.
 */
package dev.p2caudit.checks;
