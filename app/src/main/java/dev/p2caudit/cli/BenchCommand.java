package dev.p2caudit.cli;

import dev.p2caudit.ingest.ImportBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2c-audit bench …}: performance measurements; run them with the heap the issue names. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Import.class, BenchCommand.Audit.class},
        description = "Benchmarks. Run with java -Xmx1g -jar p2c-audit.jar bench …")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code bench import}: our importer against DuckDB's read_csv on the same file, in one run. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Generates order lines and loads them with our importer and with DuckDB's read_csv.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "1000000", description = "Order lines (default ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--runs", defaultValue = "3", description = "Measured runs of each (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--dir", description = "Where files and workspaces go (default: a new temporary folder).")
        Path dir;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path work = dir != null ? dir : Files.createTempDirectory("p2c-bench-");
            out.printf("bench import: %,d order lines x 12 columns, %d runs each, max heap %,d MB, %d cores, in %s%n",
                    rows, runs, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), work);
            ImportBenchmark.Result result = new ImportBenchmark(work, out).run(rows, runs);
            out.printf("median: ours %,.0f rows/s, DuckDB read_csv %,.0f rows/s, ratio %.2f%n",
                    result.oursMedian(), result.engineMedian(), result.ratio());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code bench audit}: import and the full audit of a generated dataset at scale, timed per check family. */
    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Generates (or reuses) a dataset at scale and times import, the audit per check family, and the report.")
    static final class Audit implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--scale", defaultValue = "1000", description = "Dataset scale (default ${DEFAULT-VALUE}:"
                + " about 1,000,000 order lines, 250,000 orders, 100,000 accounts, 150,000 contacts per snapshot).")
        int scale;

        @Option(names = "--dir", description = "Where the dataset and workspace go (default: a new temporary folder);"
                + " a dataset already there is reused.")
        Path dir;

        @Option(names = "--no-report", negatable = true, defaultValue = "true", description = "Also time the HTML report.")
        boolean report;

        @Option(names = "--keep-workspace", description = "Keep the workspace of an earlier run in --dir: files"
                + " whose hashes match are not imported again, so the run times the audit alone.")
        boolean keepWorkspace;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path work = dir != null ? dir : Files.createTempDirectory("p2c-bench-");
            out.printf("bench audit: scale %d, max heap %,d MB, %d cores, in %s%n", scale,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), work);
            new AuditBenchmark(work, out).run(scale, report, keepWorkspace);
            return ExitCodes.OK;
        }
    }
}
