package dev.p2caudit.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing an audit found, about one record (or a table, a group, an input row).
 *
 * @param rule        the stable rule id of RULES.md ({@code ORD-NUMBER})
 * @param severity    after any severity override of the profile
 * @param table       the table it concerns ({@code null} for none)
 * @param snapshot    where it shows
 * @param key         the business key of the record (see docs/checks.md)
 * @param message     one sentence in plain words
 * @param values      the values that triggered it, by column, pre and post where both exist
 * @param remediation what to do
 * @param waived      whether an accepted waiver covers it
 * @param waiverNote  who waived it and why, or {@code null}
 */
public record Finding(String rule, Severity severity, TableKind table, Snapshot snapshot, String key,
                      String message, Map<String, FindingValue> values, String remediation, boolean waived,
                      String waiverNote) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Finding waive(String note) {
        return new Finding(rule, severity, table, snapshot, key, message, values, remediation, true, note);
    }

    /** A value as text from whichever side it was read on (pre first), {@code ""} when absent. */
    public String valueText(String column) {
        FindingValue v = values.get(column);
        String text = v == null ? null : v.pre() != null ? v.pre() : v.post();
        return text == null ? "" : text;
    }

    /** Counts toward the exit code and the verdict when not waived. */
    public boolean counts() {
        return !waived;
    }
}
