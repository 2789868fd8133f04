package dev.p2caudit.checks;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.FindingStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where checks report. Applies the profile's severity and the waivers, writes findings to the
 * workspace in batches (a rule may find a hundred thousand records), and keeps the counts.
 * Rules on two threads report here at once; a batch is written on the connection of the thread
 * that fills it.
 */
final class FindingSink {

    private static final int BATCH = 2_000;

    private final FindingStore store;
    private final long runId;
    private final AuditProfile profile;
    private final Waivers waivers;
    private final List<Finding> pending = new ArrayList<>();
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Long> byRule = new TreeMap<>();
    private final Map<String, Long> byTable = new TreeMap<>();
    private long waived;

    FindingSink(FindingStore store, long runId, AuditProfile profile, Waivers waivers) {
        this.store = store;
        this.runId = runId;
        this.profile = profile;
        this.waivers = waivers;
    }

    synchronized void report(RuleDef rule, TableKind table, Snapshot snapshot, String key, String message,
                Map<String, FindingValue> values) {
        Finding finding = waivers.apply(new Finding(rule.id(), profile.severity(rule), table, snapshot, key, message,
                values, rule.remediation(), false, null));
        pending.add(finding);
        byRule.merge(rule.id(), 1L, Long::sum);
        byTable.merge(table == null ? "-" : table.id(), 1L, Long::sum);
        if (finding.waived()) {
            waived++;
        } else {
            bySeverity.merge(finding.severity(), 1L, Long::sum);
        }
        if (pending.size() == BATCH) {
            flush();
        }
    }

    synchronized void flush() {
        if (!pending.isEmpty()) {
            store.add(runId, pending);
            pending.clear();
        }
    }

    synchronized AuditSummary summary(long runId) {
        flush();
        return new AuditSummary(runId, bySeverity, byRule, byTable, waived);
    }
}
