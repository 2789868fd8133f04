package dev.p2caudit.report;

import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.checks.RuleSkips;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each rule came out on each snapshot in one run: the JUnit output's test cases. A rule fails
 * on a snapshot when it has unwaived findings at or above {@code --fail-on}; it is skipped when the
 * profile disabled it or the run could not run it there (no export, a missing column).
 */
final class RuleOutcomes {

    /** Findings listed per case and kind; the rest are counted. */
    static final int LISTED = 50;

    /** One rule on one snapshot. */
    static final class Outcome {
        final String rule;
        final String title;
        final String group;
        final Snapshot snapshot;
        final String remediation;
        String skipped;
        final List<Finding> failing = new ArrayList<>();
        long failingCount;
        final List<Finding> other = new ArrayList<>();
        long otherCount;

        Outcome(String rule, String title, String group, Snapshot snapshot, String remediation) {
            this.rule = rule;
            this.title = title;
            this.group = group;
            this.snapshot = snapshot;
            this.remediation = remediation;
        }

        boolean failed() {
            return failingCount > 0;
        }
    }

    private RuleOutcomes() {
    }

    /** Every rule of the catalogue on each of its snapshots, and any other rule the run's findings name. */
    static List<Outcome> of(AuditFacts facts, Workspace ws, Catalogue catalogue) {
        long runId = facts.run().id();
        Set<String> disabled = facts.disabledRules();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (RuleDef rule : catalogue.all()) {
            for (Snapshot snapshot : ordered(rule.snapshots())) {
                Outcome o = outcome(outcomes, rule.id(), snapshot, catalogue);
                if (disabled.contains(rule.id())) {
                    o.skipped = "disabled by the profile";
                }
            }
        }
        for (RuleSkips.Skip skip : RuleSkips.of(ws.findings().stats(runId))) {
            outcome(outcomes, skip.rule(), skip.snapshot(), catalogue).skipped = skip.reason();
        }
        ws.findings().forEach(runId, f -> count(outcome(outcomes, f.rule(), side(f), catalogue), f, facts.failOn()));
        return List.copyOf(outcomes.values());
    }

    /** Post first: the migrated data; pre is the forecast. */
    private static List<Snapshot> ordered(List<Snapshot> snapshots) {
        return snapshots.stream().sorted((a, b) -> b.compareTo(a)).toList();
    }

    private static Snapshot side(Finding f) {
        return f.snapshot() == null ? Snapshot.POST : f.snapshot();
    }

    private static Outcome outcome(Map<String, Outcome> outcomes, String rule, Snapshot snapshot, Catalogue catalogue) {
        return outcomes.computeIfAbsent(rule + "|" + snapshot.id(), k -> {
            RuleDef def = catalogue.find(rule).orElse(null);
            return def == null ? new Outcome(rule, rule, "rules", snapshot, "")
                    : new Outcome(rule, def.title(), def.table() != null ? def.table().id() : def.family(), snapshot,
                    def.remediation());
        });
    }

    private static void count(Outcome o, Finding f, Severity failOn) {
        if (!f.waived() && failOn != null && f.severity().atLeast(failOn)) {
            if (o.failing.size() < LISTED) {
                o.failing.add(f);
            }
            o.failingCount++;
        } else {
            if (o.other.size() < LISTED) {
                o.other.add(f);
            }
            o.otherCount++;
        }
    }
}
