package dev.p2caudit.cli;

/** What the process returns, for scripts and CI gates. */
public final class ExitCodes {

    /** Everything worked (for {@code audit}: nothing at or above {@code --fail-on}). */
    public static final int OK = 0;
    /** {@code audit}: findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input file or the workspace could not be read or written. */
    public static final int UNREADABLE = 3;
    /** A bug: the message asks for a report. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
