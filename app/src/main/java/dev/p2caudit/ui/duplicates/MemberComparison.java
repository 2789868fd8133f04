package dev.p2caudit.ui.duplicates;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.ui.common.CellText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a group's members side by side, marks the values they share (what made them duplicates)
 * and suggests a survivor: the one the finding names, else the most complete record (ties: the
 * earliest in the export).
 */
final class MemberComparison {

    private MemberComparison() {
    }

    static MemberTable of(DuplicateGroup group, TableKind table, List<Optional<BrowsedRow>> records) {
        Set<String> columns = new LinkedHashSet<>();
        table.columns().stream().map(ColumnDef::name).forEach(columns::add);
        records.forEach(r -> r.ifPresent(row -> columns.addAll(row.values().keySet())));
        Map<String, FindingValue> values = group.finding().values();
        List<MemberTable.Row> rows = new ArrayList<>();
        for (String column : columns) {
            List<String> shown = records.stream().map(r -> r.map(row -> CellText.of(table, column, row.value(column)))
                    .orElse("")).toList();
            if (shown.stream().allMatch(String::isBlank) && !values.containsKey(column)) {
                continue;
            }
            rows.add(new MemberTable.Row(column, shown, matched(shown), values.containsKey(column)));
        }
        rows = matchedOnlyWhereTheRuleLooked(rows);
        int survivor = survivor(group, records);
        return new MemberTable(group.members(), records.stream().map(Optional::isPresent).toList(), survivor,
                why(group, records, survivor), rows);
    }

    /**
     * When the rule names the columns it compared, only those are marked as matched: a company
     * or a currency every record shares is not what made these records duplicates.
     */
    private static List<MemberTable.Row> matchedOnlyWhereTheRuleLooked(List<MemberTable.Row> rows) {
        if (rows.stream().noneMatch(MemberTable.Row::triggered)) {
            return rows;
        }
        return rows.stream().map(r -> r.triggered() ? r : new MemberTable.Row(r.column(), r.values(),
                r.values().stream().map(v -> false).toList(), false)).toList();
    }

    /** A value shared (trimmed, ignoring case) with at least one other member. */
    private static List<Boolean> matched(List<String> values) {
        List<Boolean> matched = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = norm(values.get(i));
            boolean shared = false;
            for (int j = 0; j < values.size() && !v.isEmpty(); j++) {
                shared |= j != i && v.equals(norm(values.get(j)));
            }
            matched.add(shared);
        }
        return matched;
    }

    private static int survivor(DuplicateGroup group, List<Optional<BrowsedRow>> records) {
        Optional<String> named = named(group);
        if (named.isPresent() && group.members().contains(named.get())) {
            return group.members().indexOf(named.get());
        }
        int best = 0;
        for (int i = 1; i < records.size(); i++) {
            if (filled(records.get(i)) > filled(records.get(best))) {
                best = i;
            }
        }
        return best;
    }

    /** The survivor a duplicate rule may name in its values ({@code survivor}). */
    private static Optional<String> named(DuplicateGroup group) {
        FindingValue v = group.finding().values().get("survivor");
        if (v == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(v.post() != null && !v.post().isBlank() ? v.post() : v.pre());
    }

    private static String why(DuplicateGroup group, List<Optional<BrowsedRow>> records, int survivor) {
        if (named(group).filter(group.members()::contains).isPresent()) {
            return group.value("survivor_reason").map(reason -> reason + " (the duplicate rule's suggestion)")
                    .orElse("suggested by the duplicate rule");
        }
        return "the most complete record (" + filled(records.get(survivor)) + " filled columns)";
    }

    private static long filled(Optional<BrowsedRow> row) {
        return row.map(r -> r.values().values().stream().filter(v -> v != null && !v.toString().isBlank()).count())
                .orElse(-1L);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
