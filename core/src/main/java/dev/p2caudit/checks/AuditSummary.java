package dev.p2caudit.checks;

import dev.p2caudit.model.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one audit run. Severity counts leave waived findings out; rule and table counts
 * include them.
 */
public record AuditSummary(long runId, Map<Severity, Long> bySeverity, Map<String, Long> byRule,
                           Map<String, Long> byTable, long waived) {

    public AuditSummary {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            severities.put(s, bySeverity.getOrDefault(s, 0L));
        }
        bySeverity = Collections.unmodifiableMap(severities);
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
        byTable = Collections.unmodifiableMap(new TreeMap<>(byTable));
    }

    public long total() {
        return byRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Unwaived findings at or above a severity. */
    public long atLeast(Severity threshold) {
        return bySeverity.entrySet().stream().filter(e -> e.getKey().atLeast(threshold))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
