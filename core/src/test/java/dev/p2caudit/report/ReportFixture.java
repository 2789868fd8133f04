package dev.p2caudit.report;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.RunCatalogues;
import dev.p2caudit.checks.Waivers;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Audits a pre/post folder pair for real and writes the HTML report. */
final class ReportFixture {

    private ReportFixture() {
    }

    /** Writes {@code out} and returns the number of findings of the run. */
    static long audit(Path pre, Path post, Path workspace, Path out, AuditProfile profile) throws IOException {
        try (Workspace ws = Workspace.open(workspace)) {
            new InputImporter().importExactly(ws, Map.of(Snapshot.PRE, files(pre), Snapshot.POST, files(post)),
                    f -> null, ProgressListener.NONE);
            AuditEngine.Result result = new AuditEngine("test").run(ws, profile, Waivers.none(), ProgressListener.NONE);
            long runId = result.summary().runId();
            AuditRun run = ws.findings().run(runId).orElseThrow();
            AuditFacts facts = new AuditFacts("test", run, ws.imports().all(), result.summary(),
                    RunCatalogues.of(ws, run), Severity.ERROR);
            HtmlReport.write(out, facts, ws);
            return ws.findings().count(runId);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        return dir == null || !Files.isDirectory(dir) ? List.of() : InputFiles.expand(List.of(dir));
    }
}
