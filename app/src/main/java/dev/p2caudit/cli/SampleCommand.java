package dev.p2caudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code p2c-audit sample}: the README's main job — audits {@code sample-data/} and writes
 * {@code reports/sample-audit.html}. The desktop app opens on its workspace where there is a
 * display.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Audits the sample data (sample-data/pre and sample-data/post) and writes reports/sample-audit.html.")
public final class SampleCommand implements Callable<Integer> {

    /** Where the sample audit keeps its workspace, for the desktop app to open afterwards. */
    public static final Path WORKSPACE = Path.of("reports", "sample-workspace");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "sample-data", paramLabel = "DIR",
            description = "The sample set, with pre/ and post/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--html", defaultValue = "reports/sample-audit.html", paramLabel = "FILE",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path html;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Where the workspace goes (default: reports/sample-workspace).")
    Path workspace = WORKSPACE;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data.resolve("pre")) || !Files.isDirectory(data.resolve("post"))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no sample set at " + data
                    + " (it needs pre/ and post/); run from the project folder or name it with --data");
        }
        int code = spec.commandLine().getParent().execute("audit", "--pre", data.resolve("pre").toString(), "--post",
                data.resolve("post").toString(), "--workspace", workspace.toString(), "--html", html.toString());
        if (code != ExitCodes.OK && code != ExitCodes.FINDINGS) {
            return code;
        }
        // The sample set is seeded with defects: a FAIL verdict is what it is for, not an error.
        spec.commandLine().getOut().println("Report: " + html.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
