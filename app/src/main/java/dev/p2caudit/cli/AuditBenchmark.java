package dev.p2caudit.cli;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditService;
import dev.p2caudit.generate.DatasetGenerator;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.report.HtmlReport;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The whole audit at scale, timed in one run: generate (or reuse) a dataset, import both
 * snapshots into a fresh workspace, run every check (each family timed), write the HTML report.
 */
final class AuditBenchmark {

    private final Path dir;
    private final PrintWriter out;

    AuditBenchmark(Path dir, PrintWriter out) {
        this.dir = dir;
        this.out = out;
    }

    void run(int scale, boolean report, boolean keepWorkspace) throws IOException {
        Path data = dir.resolve("data-scale-" + scale);
        ensureData(data, scale);
        Path workspace = dir.resolve("bench-workspace");
        if (!keepWorkspace) {
            Workspace.delete(workspace);
        }
        try (Workspace ws = Workspace.open(workspace)) {
            long started = System.nanoTime();
            long imported = timed("import (pre and post)", () -> new InputImporter().importExactly(ws, inputs(data),
                    f -> null, ProgressListener.NONE).size());
            out.printf("  %d files, %,d rows%n", imported, rows(ws));
            AuditEngine.Result[] result = new AuditEngine.Result[1];
            AuditService service = new AuditService(Version.current());
            AuditService.Plan plan = service.plan(ws, AuditService.Choices.workspace(), LocalDate.now());
            timed("audit (all checks)", () -> {
                result[0] = service.run(ws, plan, ruleLog());
                return result[0].summary().total();
            });
            double total = (System.nanoTime() - started) / 1e9;
            out.printf("%-28s %8.1f s   (%,d findings)%n", "import + audit", total, result[0].summary().total());
            out.println("check families:");
            result[0].familyMillis().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.printf("  %-26s %8.2f s%n", e.getKey(), e.getValue() / 1000.0));
            out.println("slowest rules:");
            result[0].ruleMillis().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(8).forEach(e -> out.printf("  %-26s %8.2f s%n", e.getKey(), e.getValue() / 1000.0));
            if (report) {
                Path html = dir.resolve("bench-audit.html");
                timed("HTML report", () -> {
                    HtmlReport.write(html, AuditFacts.of(ws, result[0].summary().runId(), Severity.ERROR), ws);
                    return 0;
                });
                out.printf("  report size %,d bytes%n", Files.size(html));
            }
        }
        out.flush();
    }

    /**
     * Prints each rule as it starts, with the seconds since the audit began: a run that fails
     * (out of memory, say) still shows where it was, and a slow rule shows while it runs.
     */
    private ProgressListener ruleLog() {
        long started = System.nanoTime();
        String[] last = {""};
        return (task, done, total) -> {
            if (!task.equals(last[0])) {
                last[0] = task;
                out.printf("    %7.1f s  %s%n", (System.nanoTime() - started) / 1e9, task);
                out.flush();
            }
        };
    }

    private void ensureData(Path data, int scale) throws IOException {
        if (Files.isDirectory(data.resolve("pre")) && Files.isDirectory(data.resolve("post"))) {
            out.printf("reusing the dataset in %s%n", data);
            return;
        }
        timed("generate scale " + scale, () -> new DatasetGenerator().generate(data,
                new DatasetGenerator.Options(DatasetGenerator.DEFAULT_SEED, scale, false)).rows());
    }

    private static Map<Snapshot, List<Path>> inputs(Path data) throws IOException {
        return Map.of(Snapshot.PRE, InputFiles.expand(List.of(data.resolve("pre"))),
                Snapshot.POST, InputFiles.expand(List.of(data.resolve("post"))));
    }

    private static long rows(Workspace ws) {
        return ws.imports().all().stream().mapToLong(r -> r.rowsLoaded()).sum();
    }

    /** Something that returns a count and may fail with an I/O error. */
    private interface Step {
        long run() throws IOException;
    }

    private long timed(String what, Step step) throws IOException {
        System.gc();
        long started = System.nanoTime();
        long result = step.run();
        out.printf("%-28s %8.1f s%n", what, (System.nanoTime() - started) / 1e9);
        out.flush();
        return result;
    }
}
