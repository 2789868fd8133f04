package dev.p2caudit.report;

import dev.p2caudit.checks.AuditSummary;
import dev.p2caudit.checks.RunCatalogues;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.FindingCount;
import dev.p2caudit.store.StoreException;
import dev.p2caudit.store.Workspace;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything an output of one audit run says besides the findings themselves: the run, its
 * inputs, its counts, the catalogue it ran (titles and texts of its rules) and the verdict
 * against {@code --fail-on}.
 *
 * @param failOn the threshold, or {@code null} for "never"
 */
public record AuditFacts(String toolVersion, AuditRun run, List<ImportRecord> inputs, AuditSummary summary,
                         RunCatalogue catalogue, Severity failOn) {

    public AuditFacts {
        inputs = List.copyOf(inputs);
    }

    /** The facts of a stored run, rebuilt from the workspace alone (to re-render it later). */
    public static AuditFacts of(Workspace ws, long runId, Severity failOn) {
        AuditRun run = ws.findings().run(runId).orElseThrow(() -> new StoreException("workspace " + ws.file()
                + " has no audit run " + runId));
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byTable = new TreeMap<>();
        long waived = 0;
        for (FindingCount c : ws.findings().counts(runId)) {
            byRule.merge(c.rule(), c.count(), Long::sum);
            byTable.merge(c.table() == null ? "-" : c.table().id(), c.count(), Long::sum);
            if (c.waived()) {
                waived += c.count();
            } else {
                bySeverity.merge(c.severity(), c.count(), Long::sum);
            }
        }
        return new AuditFacts(run.toolVersion(), run, ws.findings().inputs(runId),
                new AuditSummary(runId, bySeverity, byRule, byTable, waived), RunCatalogues.of(ws, run), failOn);
    }

    /** The rules the run's profile disabled. */
    public Set<String> disabledRules() {
        return Arrays.stream(run.parameters().getOrDefault("disabled", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The severity the run gave a rule: the profile's override, else the catalogue's {@code standard}. */
    public Severity severityOf(String rule, Severity standard) {
        String override = run.parameters().get("severity." + rule);
        return override == null ? standard : Severity.parse(override);
    }

    /** {@code pass} when no unwaived finding is at or above the threshold. */
    public boolean passed() {
        return failOn == null || summary.atLeast(failOn) == 0;
    }

    public String verdict() {
        return passed() ? "pass" : "fail";
    }

    public String failOnText() {
        return failOn == null ? "never" : failOn.id();
    }
}
