/**
 * Import and audit in the background, with progress, cancel and each file's outcome; the audit runs
 * through the same {@link dev.p2caudit.checks.AuditService} as the command line.
 */
package dev.p2caudit.ui.run;
