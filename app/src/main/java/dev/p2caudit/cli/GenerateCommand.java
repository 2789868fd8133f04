package dev.p2caudit.cli;

import dev.p2caudit.generate.DatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2c-audit generate}: writes a test data set with seeded defects. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes realistic pre- and post-migration exports with known seeded defects into DIR/pre and"
                + " DIR/post, with DIR/manifest.json (the findings an audit must produce) and DIR/README.md.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "1: a few hundred rows per table; 1000: about a million order lines"
                    + " (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", paramLabel = "S", description = "The seed; same seed and scale, same bytes"
            + " (default: " + DatasetGenerator.DEFAULT_SEED + ").")
    Long seed;

    @Option(names = "--no-manifest", description = "Skip manifest.json (required above scale "
            + DatasetGenerator.MAX_MANIFEST_SCALE + ").")
    boolean noManifest;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DatasetGenerator.Options options;
        try {
            long chosen = seed == null ? DatasetGenerator.DEFAULT_SEED : seed;
            options = new DatasetGenerator.Options(chosen, scale, !noManifest);
        } catch (IllegalArgumentException e) {
            err.println("p2c-audit generate: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException("cannot write into " + out + ": it is a file, not a folder");
        }
        DatasetGenerator.Result result = new DatasetGenerator().generate(out, options);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d files, %,d rows, %,d bytes in %.1f s: %s%n", result.files().size(), result.rows(),
                result.bytes(), result.took().toMillis() / 1000.0, out.toAbsolutePath().normalize());
        stdout.flush();
        return ExitCodes.OK;
    }
}
