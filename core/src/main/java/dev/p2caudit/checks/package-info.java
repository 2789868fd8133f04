/**
 * The audit: the check catalogue of RULES.md ({@code rules.json}, read strictly; the duplicate rules
 * from their own file), profiles and waivers, {@link dev.p2caudit.checks.AuditService} — the one way
 * the command line and the desktop app run an audit — and the engine that runs the catalogue over a
 * workspace: bootstrap checks, pre/post reconciliation, duplicate detection. Checks are data plus
 * small code; they scan rows with set-based SQL run by the store, except the fuzzy duplicate rules,
 * which read a table once and compare names in Java.
 */
package dev.p2caudit.checks;
