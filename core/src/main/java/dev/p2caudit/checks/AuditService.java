package dev.p2caudit.checks;

import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way to run an audit, for the command line ({@code audit}, {@code sample}, {@code bench
 * audit}) and the desktop app alike. It decides what a run uses — the caller's files where it
 * names them, else what the workspace keeps (docs/profile.md):
 * <ul>
 * <li>catalogue: the standard one with a duplicate rule file's rules, else with the duplicate
 *     rules the workspace's latest run used, else the default set;</li>
 * <li>profile: a profile file, else the rules screen's profile stored in the workspace, else the
 *     defaults; the run records which ({@link AuditRun#profile()});</li>
 * <li>waivers: a waivers file's and the workspace's stored ones (the file's first);</li>
 * </ul>
 * then runs the engine with the caller's progress.
 */
public final class AuditService {

    /** How a run records that it used the rules screen's profile kept in the workspace. */
    public static final String STORED_PROFILE = "the rules screen (stored in the workspace)";

    /** What the caller names; {@code null} leaves the choice to the workspace. */
    public record Choices(Path duplicateRules, Path profile, Path waivers) {

        /** Everything as the workspace keeps it (the desktop app, a re-run). */
        public static Choices workspace() {
            return new Choices(null, null, null);
        }
    }

    /** What a run will use, read and checked before anything is imported. */
    public record Plan(Catalogue catalogue, AuditProfile profile, Waivers waivers) {
    }

    private final String toolVersion;

    public AuditService(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * Reads and checks what the run will use. A file that breaks its format, or a stored profile
     * that no longer fits the catalogue, is an IOException naming it.
     */
    public Plan plan(Workspace ws, Choices choices, LocalDate today) throws IOException {
        Catalogue catalogue = catalogue(ws, choices.duplicateRules());
        AuditProfile profile = choices.profile() != null ? AuditProfile.read(choices.profile(), catalogue)
                : storedProfile(ws, catalogue);
        return new Plan(catalogue, profile, waivers(ws, choices.waivers(), catalogue, today));
    }

    /** Runs the audit as planned; progress goes to the caller's listener, which may cancel. */
    public AuditEngine.Result run(Workspace ws, Plan plan, ProgressListener progress) {
        return new AuditEngine(plan.catalogue(), toolVersion).run(ws, plan.profile(), plan.waivers(), progress);
    }

    /**
     * The catalogue a run uses: with the rules of {@code duplicateRules} when given, else with the
     * duplicate rules of the workspace's latest finished run, so that a re-run never silently
     * drops the organisation's rules.
     */
    public static Catalogue catalogue(Workspace ws, Path duplicateRules) throws IOException {
        if (duplicateRules != null) {
            return Catalogue.standard().withDuplicateRules(duplicateRules);
        }
        Optional<AuditRun> latest = ws.findings().runs().stream().filter(r -> r.finishedAt() != null).findFirst();
        if (latest.isEmpty()) {
            return Catalogue.standard();
        }
        // A run made before runs kept their rules (workspace schema 1) leaves nothing to reuse.
        List<RuleInfo> kept = ws.runRules().of(latest.get().id());
        return kept.isEmpty() ? Catalogue.standard()
                : Catalogue.standard().withDuplicateRulesOf(new RunCatalogue(latest.get().rulesetVersion(), kept));
    }

    /** The rules screen's profile as the workspace keeps it, checked as a profile file is; else the defaults. */
    public static AuditProfile storedProfile(Workspace ws, Catalogue catalogue) throws IOException {
        Optional<String> json = ws.settings().get(AuditSettings.PROFILE);
        return json.isEmpty() ? AuditProfile.defaults() : AuditProfile.parse(json.get(), STORED_PROFILE, catalogue);
    }

    /**
     * The waivers file's waivers, then the workspace's (made in the desktop app); the first that
     * covers a finding wins.
     */
    static Waivers waivers(Workspace ws, Path file, Catalogue catalogue, LocalDate today) throws IOException {
        List<Waivers.Waiver> all = new ArrayList<>();
        if (file != null) {
            all.addAll(Waivers.read(file, catalogue, today).all());
        }
        ws.waivers().all().forEach(w -> all.add(new Waivers.Waiver(w.rule(), w.key(), w.reason(), w.who(), w.until())));
        return new Waivers(all, today);
    }
}
