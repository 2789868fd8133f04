/**
 * The command line (picocli): thin {@code Callable<Integer>} commands that parse arguments, call
 * the engine and print. No business logic lives here; exit codes are in {@link dev.p2caudit.cli.ExitCodes}.
 */
package dev.p2caudit.cli;
