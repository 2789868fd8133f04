package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.RunStat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a run did not run on a snapshot, and why: no export of the rule's table, or an export
 * without a column the rule reads. Kept with the run's figures (kind {@value #KIND}, label
 * {@code RULE|reason}) so that a report of the run, now or later, can tell a rule that passed from
 * one that never looked (the JUnit output marks it skipped).
 */
public final class RuleSkips {

    static final String KIND = "rule_skipped";

    /** One rule not run on one snapshot. */
    public record Skip(String rule, Snapshot snapshot, String reason) {
    }

    private final List<Skip> skips = new ArrayList<>();

    synchronized void noExport(RuleDef rule, Snapshot snapshot) {
        skips.add(new Skip(rule.id(), snapshot, "no " + rule.table().id() + " export in " + snapshot.id()));
    }

    synchronized void missingColumns(RuleDef rule, Snapshot snapshot, List<String> columns) {
        TableKind table = rule.table();
        skips.add(new Skip(rule.id(), snapshot, "the " + snapshot.id() + " " + table.id() + " export has no "
                + String.join(", ", columns) + (columns.size() == 1 ? " column" : " columns")));
    }

    synchronized List<RunStat> stats() {
        List<RunStat> stats = new ArrayList<>();
        skips.forEach(s -> stats.add(new RunStat(KIND, s.snapshot(), s.rule() + "|" + s.reason(), BigDecimal.ZERO)));
        return stats;
    }

    /** The skips among a stored run's figures. */
    public static List<Skip> of(List<RunStat> stats) {
        List<Skip> skips = new ArrayList<>();
        for (RunStat stat : stats) {
            if (stat.kind().equals(KIND)) {
                int bar = stat.label().indexOf('|');
                skips.add(new Skip(stat.label().substring(0, bar), stat.snapshot(), stat.label().substring(bar + 1)));
            }
        }
        return skips;
    }
}
