package dev.p2caudit.ui.run;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditService;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.ingest.InputImporter.FileOutcome;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Threads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sequence {@code p2c-audit audit} runs, for the desktop app: import exactly these files, then
 * audit through the same {@link AuditService} with what the workspace keeps — the rules screen's
 * profile, the findings screen's waivers, the duplicate rules of the latest run. No Swing: it runs
 * on the worker and reports through the same {@link ProgressListener} the terminal uses.
 */
public final class AuditJob {

    /** The files (or folders) of an audit, and the tables the user named for some files. */
    public record Inputs(Map<Snapshot, List<Path>> files, Map<Path, TableKind> tables) {
        public Inputs {
            files = Map.copyOf(files);
            tables = Map.copyOf(tables);
        }

        public int count() {
            return files.values().stream().mapToInt(List::size).sum();
        }
    }

    /** What an audit did: each file (empty on a re-run), the run, its counts. */
    public record Outcome(List<FileOutcome> files, AuditRun run, AuditEngine.Result result) {
        public boolean allLoaded() {
            return files.stream().allMatch(FileOutcome::loaded);
        }
    }

    private final AuditService service;

    public AuditJob(String toolVersion) {
        this.service = new AuditService(toolVersion);
    }

    /** @param imported told (on the worker) what became of each file, before the audit starts */
    public Outcome importAndAudit(AuditSession session, Inputs inputs, ProgressListener progress,
                                  Consumer<List<FileOutcome>> imported) throws IOException {
        Threads.requireBackground();
        AuditService.Plan plan = plan(session);
        Map<Snapshot, List<Path>> expanded = new EnumMap<>(Snapshot.class);
        for (Map.Entry<Snapshot, List<Path>> e : inputs.files().entrySet()) {
            expanded.put(e.getKey(), InputFiles.expand(e.getValue()));
        }
        List<FileOutcome> files = new InputImporter(plan.profile().dateOrder()).importExactly(session.workspace(), expanded,
                inputs.tables()::get, progress);
        imported.accept(files);
        return audit(session, plan, files, progress);
    }

    /** A new run over what is loaded, with the current rules and waivers. */
    public Outcome rerun(AuditSession session, ProgressListener progress) throws IOException {
        Threads.requireBackground();
        return audit(session, plan(session), List.of(), progress);
    }

    /** The workspace's own rules, profile and waivers, as {@code p2c-audit audit --workspace} uses them. */
    private Outcome audit(AuditSession session, AuditService.Plan plan, List<FileOutcome> files,
                          ProgressListener progress) {
        Workspace ws = session.workspace();
        AuditEngine.Result result = service.run(ws, plan, progress);
        AuditRun run = ws.findings().run(result.summary().runId()).orElseThrow();
        session.showRun(run);
        return new Outcome(files, run, result);
    }

    private AuditService.Plan plan(AuditSession session) throws IOException {
        return service.plan(session.workspace(), AuditService.Choices.workspace(), LocalDate.now());
    }
}
