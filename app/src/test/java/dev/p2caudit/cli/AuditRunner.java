package dev.p2caudit.cli;

/** Runs the command line in-process from tests in other packages. */
public final class AuditRunner {

    private AuditRunner() {
    }

    public static int run(String... args) {
        return CliRun.of(args).exitCode();
    }
}
