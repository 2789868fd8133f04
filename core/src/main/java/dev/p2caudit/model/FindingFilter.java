package dev.p2caudit.model;

import java.util.Locale;

/**
 * Which findings to show: every field that is set must match ({@code null} = any). Built by the
 * findings screen's filters and by a click on a chart.
 *
 * @param severity only this severity
 * @param rule     only this rule id
 * @param table    only this table
 * @param snapshot only this snapshot
 * @param text     a case-insensitive substring of the key or the message
 */
public record FindingFilter(Severity severity, String rule, TableKind table, Snapshot snapshot, String text) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null);

    public static FindingFilter rule(String rule) {
        return ALL.withRule(rule);
    }

    public FindingFilter withSeverity(Severity value) {
        return new FindingFilter(value, rule, table, snapshot, text);
    }

    public FindingFilter withRule(String value) {
        return new FindingFilter(severity, value, table, snapshot, text);
    }

    public FindingFilter withTable(TableKind value) {
        return new FindingFilter(severity, rule, value, snapshot, text);
    }

    public FindingFilter withSnapshot(Snapshot value) {
        return new FindingFilter(severity, rule, table, value, text);
    }

    public FindingFilter withText(String value) {
        return new FindingFilter(severity, rule, table, snapshot, value == null || value.isBlank() ? null : value);
    }

    public boolean matches(Finding f) {
        return (severity == null || f.severity() == severity) && (rule == null || rule.equals(f.rule()))
                && (table == null || table == f.table()) && (snapshot == null || snapshot == f.snapshot())
                && (text == null || contains(f.key(), text) || contains(f.message(), text));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
