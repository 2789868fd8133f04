package dev.p2caudit.ui.run;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.Waivers;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.ingest.InputImporter.FileOutcome;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.AuditSession;
import dev.p2caudit.ui.ProfileDocument;
import dev.p2caudit.ui.Threads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sequence {@code p2c-audit audit} runs, for the desktop app: import exactly these files, then
 * audit with the workspace's profile (rules screen) and waivers (findings screen). No Swing: it
 * runs on the worker and reports through the same {@link ProgressListener} the terminal uses.
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

    private final String toolVersion;

    public AuditJob(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** @param imported told (on the worker) what became of each file, before the audit starts */
    public Outcome importAndAudit(AuditSession session, Inputs inputs, ProgressListener progress,
                                  Consumer<List<FileOutcome>> imported) throws IOException {
        Threads.requireBackground();
        Map<Snapshot, List<Path>> expanded = new EnumMap<>(Snapshot.class);
        for (Map.Entry<Snapshot, List<Path>> e : inputs.files().entrySet()) {
            expanded.put(e.getKey(), InputFiles.expand(e.getValue()));
        }
        List<FileOutcome> files = new InputImporter(dateOrder(session)).importExactly(session.workspace(), expanded,
                inputs.tables()::get, progress);
        imported.accept(files);
        return audit(session, files, progress);
    }

    /** A new run over what is loaded, with the current rules and waivers. */
    public Outcome rerun(AuditSession session, ProgressListener progress) throws IOException {
        Threads.requireBackground();
        return audit(session, List.of(), progress);
    }

    private Outcome audit(AuditSession session, List<FileOutcome> files, ProgressListener progress) throws IOException {
        Workspace ws = session.workspace();
        AuditEngine engine = new AuditEngine(toolVersion);
        AuditEngine.Result result = engine.run(ws, profile(session, engine), waivers(ws), progress);
        AuditRun run = ws.findings().run(result.summary().runId()).orElseThrow();
        session.showRun(run);
        return new Outcome(files, run, result);
    }

    private static AuditProfile profile(AuditSession session, AuditEngine engine) throws IOException {
        ProfileDocument document = session.workspace().settings().get(AuditSettings.PROFILE)
                .map(ProfileDocument::parse).orElse(ProfileDocument.defaults());
        Path file = session.file().resolveSibling(session.name() + ".profile.json");
        return document.toProfile(file, engine.catalogue());
    }

    /** The rules screen's dateOrder, for date columns whose files leave the order open. */
    static DateOrderSetting dateOrder(AuditSession session) {
        String value = session.workspace().settings().get(AuditSettings.PROFILE).map(ProfileDocument::parse)
                .orElse(ProfileDocument.defaults()).parameter("dateOrder");
        return DateOrder.parse(value).map(o -> new DateOrderSetting(o, "the rules screen's dateOrder"))
                .orElse(DateOrderSetting.NONE);
    }

    static Waivers waivers(Workspace ws) {
        return new Waivers(ws.waivers().all().stream().map(w -> new Waivers.Waiver(w.rule(), w.key(), w.reason(),
                w.who(), w.until())).toList(), LocalDate.now());
    }
}
