package dev.p2caudit.cli;

import dev.p2caudit.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Failures become one line on stderr and an exit code; a stack trace only for bugs, and only with -Dp2c.debug. */
final class CliErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        cmd.getErr().println("p2c-audit: " + oneLine(e));
        if (Boolean.getBoolean("p2c.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof StoreException || e instanceof IOException || e instanceof UncheckedIOException
                || e instanceof CancellationException) {
            return ExitCodes.UNREADABLE;
        }
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        return exitCode(e) == ExitCodes.INTERNAL
                ? "internal error (" + e.getClass().getSimpleName() + ": " + first + "); please report it" : first;
    }
}
