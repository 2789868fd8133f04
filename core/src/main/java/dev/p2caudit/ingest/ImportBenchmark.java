package dev.p2caudit.ingest;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.DuckCsvRead;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Import throughput against the analytic store's own CSV loader, in one run: the same order-line
 * file is loaded by our importer (hash, encoding check, parse, type, append) and by DuckDB's
 * {@code CREATE TABLE AS SELECT * FROM read_csv(…)} (its own sniffing and typing). Both are warmed up on a
 * smaller file first, then measured alternately, so neither gets the JIT's or the disk cache's
 * favour.
 */
public final class ImportBenchmark {

    static final String[] HEADER = {"SALESORDERNUMBER", "LINECREATIONSEQUENCENUMBER", "DATAAREAID", "ITEMNUMBER",
        "ORDEREDSALESQUANTITY", "SALESPRICE", "LINEDISCOUNTAMOUNT", "SALESCHARGES", "SHIPPINGSITEID",
        "SHIPPINGWAREHOUSEID", "CURRENCYCODE", "REQUESTEDRECEIPTDATE"};

    /** One measured load. */
    public record Run(String loader, long rows, double seconds) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** All runs, and the medians. */
    public record Result(List<Run> runs, double oursMedian, double engineMedian) {
        public double ratio() {
            return oursMedian / engineMedian;
        }
    }

    private final Path dir;
    private final PrintWriter log;

    public ImportBenchmark(Path dir, PrintWriter log) {
        this.dir = dir;
        this.log = log;
    }

    public Result run(int rows, int repetitions) throws IOException {
        Files.createDirectories(dir);
        Path warmup = writeLines(dir.resolve("warm-up").resolve("CDS sales order lines.csv"), Math.min(rows, 100_000));
        Path file = writeLines(dir.resolve("CDS sales order lines.csv"), rows);
        log.printf("warming up on %,d rows%n", Math.min(rows, 100_000));
        measure("ours", () -> ours(warmup, dir.resolve("warm-ours")));
        measure("duckdb", () -> DuckCsvRead.load(warmup, dir.resolve("warm-duckdb")));
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            Path oursBase = dir.resolve("ours-" + i);
            Path engineBase = dir.resolve("duckdb-" + i);
            runs.add(measure("ours", () -> ours(file, oursBase)));
            runs.add(measure("duckdb", () -> DuckCsvRead.load(file, engineBase)));
        }
        return new Result(runs, median(runs, "ours"), median(runs, "duckdb"));
    }

    private long ours(Path file, Path workspaceBase) {
        try {
            Workspace.delete(workspaceBase);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Workspace ws = Workspace.open(workspaceBase)) {
            FileImporter.Outcome outcome = new FileImporter().importFile(ws, file, Snapshot.POST, null);
            if (!outcome.report().loadable()) {
                throw new IllegalStateException("benchmark file did not load: " + outcome.report().problems());
            }
            return outcome.report().rowsLoaded();
        }
    }

    private Run measure(String loader, LongSupplier load) {
        System.gc();
        long start = System.nanoTime();
        long rows = load.getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        Run run = new Run(loader, rows, seconds);
        log.printf("  %-6s %,10d rows in %6.2f s = %,9.0f rows/s%n", loader, rows, seconds, run.rowsPerSecond());
        log.flush();
        return run;
    }

    private static double median(List<Run> runs, String loader) {
        List<Double> rates = new ArrayList<>(runs.stream().filter(r -> r.loader().equals(loader))
                .map(Run::rowsPerSecond).toList());
        Collections.sort(rates);
        int n = rates.size();
        return n % 2 == 1 ? rates.get(n / 2) : (rates.get(n / 2 - 1) + rates.get(n / 2)) / 2;
    }

    /** 1,000,000 order lines as F&amp;O's "CDS sales order lines" export writes them: 12 columns. */
    static Path writeLines(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(20_201_121L);
        LocalDate start = LocalDate.of(2021, 1, 1);
        try (CsvFileWriter writer = CsvFileWriter.open(file, CsvFileWriter.Style.of(CsvFileWriter.Encoding.UTF8, ','),
                List.of(HEADER))) {
            for (int i = 0; i < rows; i++) {
                int quantity = 1 + random.nextInt(20);
                BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
                BigDecimal discount = BigDecimal.valueOf(random.nextInt(500), 2);
                writer.row("SO-" + (100_000 + i / 4), String.valueOf(i % 4 + 1), i % 7 == 0 ? "DEMF" : "USMF",
                        "A" + (1000 + random.nextInt(5000)), String.valueOf(quantity), price.toPlainString(),
                        discount.toPlainString(), random.nextInt(4) == 0 ? "0.01" : "0", "SITE" + (1 + random.nextInt(3)),
                        "WH" + (10 + random.nextInt(20)), i % 7 == 0 ? "EUR" : "USD",
                        start.plusDays(random.nextInt(365)) + "T00:00:00Z");
            }
        }
        return file;
    }
}
