package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * How many quotes, orders and invoices of a snapshot name a record as their customer — by key,
 * GUID or name, as docs/checks.md resolves lookups. On a tie in completeness the survivor of a
 * duplicate group is the record a merge would re-point the fewest documents away from. The
 * customer references are counted once per snapshot; each member then looks its own references up
 * in that table, so the cost follows the number of duplicates, not of records.
 *
 * @param joins SQL to append to a FROM over the record aliased {@code t}
 * @param count the number of naming documents, as an SQL expression over those joins
 */
record DuplicateReferences(String joins, String count) {

    /** Nothing can name the records: no sales documents, or a table that is never a customer. */
    private static final DuplicateReferences NONE = new DuplicateReferences("", "0");

    static DuplicateReferences of(CheckContext ctx, Snapshot snapshot, TableKind table) {
        List<String> columns = table == TableKind.ACCOUNT || table == TableKind.CONTACT
                ? Keys.refColumns(table).stream().filter(c -> ctx.availability.has(snapshot, table, c)).toList() : List.of();
        String counted = columns.isEmpty() ? null : CustomerReferences.table(ctx, snapshot);
        if (counted == null) {
            return NONE;
        }
        StringBuilder joins = new StringBuilder();
        List<String> counts = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String ref = "UPPER(TRIM(t." + SqlNames.checked(columns.get(i)) + "))";
            // A value that is also an earlier column's (a name equal to the number) is one reference, not
            // two: it joins as NULL, which matches nothing. Inside the key, not beside it: DuckDB hashes an
            // outer join only on equalities, and a further condition made it compare every pair.
            String distinct = earlier.stream().map(e -> ref + " <> " + e).reduce((a, b) -> a + " AND " + b)
                    .map(c -> "CASE WHEN " + c + " THEN " + ref + " END").orElse(ref);
            joins.append(" LEFT JOIN ").append(counted).append(" u").append(i).append(" ON u").append(i)
                    .append(".ref = ").append(distinct);
            counts.add("COALESCE(u" + i + ".n, 0)");
            earlier.add("COALESCE(" + ref + ", '')");
        }
        return new DuplicateReferences(joins.toString(), "(" + String.join(" + ", counts) + ")");
    }
}
