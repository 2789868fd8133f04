package dev.p2caudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code p2c-audit}: the root command. */
@Command(name = "p2c-audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audits Dynamics 365 prospect-to-cash exports before and after the move to dual-write.",
        subcommands = {AuditCommand.class, ReportCommand.class, SampleCommand.class, InspectCommand.class,
            ImportCommand.class, GenerateCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:findings at or above --fail-on (audit)", "2:usage error",
            "3:an input file or the workspace cannot be read", "4:internal error (please report it)"})
public final class P2cAuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** The configured command line: our error handler, and output to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new P2cAuditCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new CliErrors());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
