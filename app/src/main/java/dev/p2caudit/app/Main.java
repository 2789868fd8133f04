package dev.p2caudit.app;

import dev.p2caudit.cli.ConsoleText;
import dev.p2caudit.cli.P2cAuditCommand;
import dev.p2caudit.cli.SampleCommand;
import dev.p2caudit.cli.Version;
import dev.p2caudit.ui.DesktopApp;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code java -jar p2c-audit.jar [command …]}. With a display: no arguments open the desktop app's
 * start screen, {@code sample} runs the sample audit and then opens the app on its workspace.
 * Everything else, and everything without a display, is the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartMode mode = StartMode.of(args, DesktopApp.displayAvailable());
        if (mode == StartMode.DESKTOP) {
            DesktopApp.launch(Version.current(), null);
            return;
        }
        int code = runCommandLine(args);
        if (mode == StartMode.SAMPLE_THEN_DESKTOP && code == 0) {
            DesktopApp.launch(Version.current(), StartMode.sampleWorkspace(args, SampleCommand.WORKSPACE));
            return;
        }
        System.exit(code);
    }

    private static int runCommandLine(String[] args) {
        PrintWriter out = ConsoleText.stdout();
        PrintWriter err = ConsoleText.stderr();
        int code = P2cAuditCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** What a start does, from the arguments and whether there is a display. */
    enum StartMode {
        DESKTOP, SAMPLE_THEN_DESKTOP, COMMAND_LINE;

        static StartMode of(String[] args, boolean display) {
            if (!display) {
                return COMMAND_LINE;
            }
            if (args.length == 0) {
                return DESKTOP;
            }
            boolean help = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
                    || a.equals("-V") || a.equals("--version"));
            return args[0].equals("sample") && !help ? SAMPLE_THEN_DESKTOP : COMMAND_LINE;
        }

        /** The workspace {@code sample} used: its {@code --workspace}, else its default. */
        static Path sampleWorkspace(String[] args, Path fallback) {
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--workspace") && i + 1 < args.length) {
                    return Path.of(args[i + 1]);
                }
                if (args[i].startsWith("--workspace=")) {
                    return Path.of(args[i].substring("--workspace=".length()));
                }
            }
            return fallback;
        }
    }
}
