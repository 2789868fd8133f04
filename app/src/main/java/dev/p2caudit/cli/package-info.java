/**
 * The command line (picocli): thin {@code Callable<Integer>} commands that parse arguments, call the
 * importer, the audit service ({@link dev.p2caudit.checks.AuditService}) and the report writers, and
 * print to the streams they are given. No business logic lives here; exit codes are in
 * {@link dev.p2caudit.cli.ExitCodes}.
 */
package dev.p2caudit.cli;
