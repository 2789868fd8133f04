package dev.p2caudit.checks;

import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.FindingStore;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.store.WorkspaceLanes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the catalogue over a workspace. Each rule runs on the snapshots it names; on pre only as a
 * forecast where the pre export has the columns; on post a missing column is reported once as
 * SCHEMA-MISSING. Findings are stored under a new audit run with the parameters used.
 */
public final class AuditEngine {

    /** The run's counts, and how long each check family and each rule took (for the benchmark). */
    public record Result(AuditSummary summary, Map<String, Long> familyMillis, Map<String, Long> ruleMillis) {
    }

    private final Catalogue catalogue;
    private final String toolVersion;
    private final Map<String, CheckFamily> families;
    private final int lanes;

    public AuditEngine(String toolVersion) {
        this(Catalogue.standard(), toolVersion);
    }

    /** An engine over another catalogue, such as one with the user's duplicate rules. */
    public AuditEngine(Catalogue catalogue, String toolVersion) {
        this(catalogue, toolVersion, WorkspaceLanes.defaultLanes());
    }

    private AuditEngine(Catalogue catalogue, String toolVersion, int lanes) {
        this.catalogue = catalogue;
        this.toolVersion = toolVersion;
        this.families = Families.all();
        this.lanes = lanes;
    }

    /**
     * The same engine running rules on {@code lanes} threads at once (default: two when the
     * machine has two cores; more lanes were never measured). One lane runs them in turn.
     */
    public AuditEngine withLanes(int lanes) {
        return new AuditEngine(catalogue, toolVersion, lanes);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Result run(Workspace workspace, AuditProfile profile, Waivers waivers, ProgressListener progress) {
        FindingStore store = workspace.findings();
        long runId = store.startRun(toolVersion, catalogue.version(), profile.source(), profile.describe());
        workspace.runRules().record(runId, catalogue.describe().rules());
        store.recordInputs(runId, workspace.imports().all());
        FindingSink sink = new FindingSink(store, runId, profile, waivers);
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Long> ruleTimings = new LinkedHashMap<>();
        try {
            runRules(workspace, runId, profile, progress, sink, timings, ruleTimings);
        } catch (CancellationException e) {
            store.deleteRun(runId);
            throw e;
        }
        AuditSummary summary = sink.summary(runId);
        RunFigures.record(workspace, new Availability(workspace.imports()), runId);
        store.finishRun(runId);
        return new Result(summary, timings, ruleTimings);
    }

    private void runRules(Workspace workspace, long runId, AuditProfile profile, ProgressListener progress,
                          FindingSink sink, Map<String, Long> timings, Map<String, Long> ruleTimings) {
        try (TempTables temp = new TempTables(workspace.workTables())) {
            CheckContext ctx = new CheckContext(workspace.sql(), profile, new Availability(workspace.imports()), temp,
                    sink, workspace.imports());
            List<RuleDef> rules = catalogue.all().stream().filter(r -> profile.enabled(r.id())).toList();
            AtomicInteger started = new AtomicInteger();
            Consumer<RuleDef> timed = rule -> {
                synchronized (progress) {
                    progress.progress("checking " + rule.id(), started.getAndIncrement(), rules.size());
                }
                long begun = System.nanoTime();
                runRule(rule, ctx);
                long millis = (System.nanoTime() - begun) / 1_000_000;
                synchronized (timings) {
                    timings.merge(rule.family(), millis, Long::sum);
                    ruleTimings.put(rule.id(), millis);
                }
            };
            new WorkspaceLanes(workspace, lanes).run(tasks(ctx, rules, timed, timings));
            // SCHEMA-MISSING reports the gaps the other rules found, so the inputs family goes last.
            rules.stream().filter(AuditEngine::isInputs).forEach(timed);
            workspace.findings().recordStats(runId, ctx.skips.stats());
            progress.progress("checked", rules.size(), rules.size());
        }
    }

    /** The duplicate chain first, then the shared tables, then the rules (see {@link RuleQueue}). */
    private static List<Runnable> tasks(CheckContext ctx, List<RuleDef> rules, Consumer<RuleDef> timed,
                                        Map<String, Long> timings) {
        List<Runnable> tasks = new ArrayList<>();
        List<List<RuleDef>> queued = RuleQueue.queued(RuleQueue.chains(rules.stream().filter(r -> !isInputs(r)).toList()));
        queued.stream().filter(c -> c.size() > 1).forEach(c -> tasks.add(() -> c.forEach(timed)));
        SharedTables.builds(ctx, rules).forEach(build -> tasks.add(() -> timedBuild(build, timings)));
        queued.stream().filter(c -> c.size() == 1).forEach(c -> tasks.add(() -> timed.accept(c.get(0))));
        return tasks;
    }

    private static void timedBuild(Runnable build, Map<String, Long> timings) {
        long begun = System.nanoTime();
        build.run();
        long millis = (System.nanoTime() - begun) / 1_000_000;
        synchronized (timings) {
            timings.merge(SharedTables.FAMILY, millis, Long::sum);
        }
    }

    private static boolean isInputs(RuleDef rule) {
        return rule.family().equals("inputs");
    }

    /**
     * A column that some files of the table carry and others lack: the rule runs on the rows of
     * the files that have it; each file without it is noted once on post (SCHEMA-MISSING naming
     * the file), instead of its rows being judged as empty.
     */
    private static void skipFilesLacking(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        Set<Long> skipped = new TreeSet<>();
        for (String column : rule.needsOn(snapshot)) {
            boolean silent = rule.optionalParam("skipWithout").filter(column::equals).isPresent();
            for (Availability.File file : ctx.availability.lacking(snapshot, rule.table(), column)) {
                skipped.add(file.importId());
                if (snapshot == Snapshot.POST && !silent) {
                    ctx.gaps.missingInFile(rule.table(), column, file.name(), rule.id());
                }
            }
        }
        ctx.skipFiles(rule, snapshot, skipped);
    }

    private void runRule(RuleDef rule, CheckContext ctx) {
        CheckFamily family = families.get(rule.family());
        if (family == null) {
            throw new IllegalStateException("rules.json: " + rule.id() + " names unknown family " + rule.family());
        }
        if (rule.table() == null) {
            family.run(rule, null, ctx);
            return;
        }
        for (Snapshot snapshot : rule.snapshots()) {
            if (!ctx.availability.loaded(snapshot, rule.table())) {
                ctx.skips.noExport(rule, snapshot);
            } else if (ready(rule, snapshot, ctx)) {
                family.run(rule, snapshot, ctx);
            }
        }
    }

    /** Whether the snapshot's export has what the rule reads; on post, a gap is noted once. */
    private static boolean ready(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        List<String> missing = new ArrayList<>();
        for (String column : rule.needsOn(snapshot)) {
            if (!ctx.availability.has(snapshot, rule.table(), column)) {
                missing.add(column);
            }
        }
        if (missing.isEmpty()) {
            skipFilesLacking(rule, snapshot, ctx);
            return true;
        }
        ctx.skips.missingColumns(rule, snapshot, missing);
        boolean silent = rule.optionalParam("skipWithout").filter(missing::contains).isPresent();
        if (snapshot == Snapshot.POST && !silent) {
            missing.forEach(column -> ctx.gaps.missing(rule.table(), column, rule.id()));
        }
        return false;
    }
}
