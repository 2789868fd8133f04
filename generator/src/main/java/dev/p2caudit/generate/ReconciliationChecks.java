package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * REC-KEY-DUP, REC-MISSING, REC-EXTRA, REC-CHANGED and REC-TOTALS. Reconciliation findings
 * carry the snapshot whose key they use: REC-MISSING pre, REC-EXTRA and REC-CHANGED post (the
 * post key; the message lists both values), REC-KEY-DUP its side, REC-TOTALS post.
 */
final class ReconciliationChecks {

    /** Columns the migration sets on purpose: never compared. */
    private static final Set<String> SET_ON_PURPOSE = Set.of("company", "customer_group", "party_number",
            "relationship_type", "p2c_contact_number", "contact_number", "contact_person_id", "sellable",
            "contact_for", "order_type", "language", "invoice_customer", "requested_receipt_date", "site", "warehouse",
            "default_site", "default_warehouse", "line_discount", "sales_charge", "status", "status_reason",
            "processing_status");
    private static final Set<String> KEY_COLUMNS = Set.of("account_number", "p2c_contact_number", "contact_number",
            "product_number", "order_id", "sales_order_number", "quote_id", "quotation_number", "invoice_number",
            "order_ref", "quote_ref", "invoice_ref", "line_number");

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Pairing pairing;
    private final Findings findings;
    /** The records behind the totals of the table being checked. */
    private List<Row> explaining = List.of();

    ReconciliationChecks(Loaded loaded, RecordKeys keys, Pairing pairing, Findings findings) {
        this.loaded = loaded;
        this.keys = keys;
        this.pairing = pairing;
        this.findings = findings;
    }

    void run() {
        pairing.tables().forEach((table, pairs) -> {
            duplicates(table, pairs);
            unpaired(table, pairs);
            changed(table, pairs);
            totals(table, pairs);
        });
    }

    private void duplicates(TableKind table, Pairing.TablePairs pairs) {
        pairs.duplicates.forEach((side, keysOfSide) -> keysOfSide.forEach((key, rows) ->
                findings.add("REC-KEY-DUP", side, table, displayKey(rows.get(0), pairs), "the "
                        + (pairs.byId ? "record id" : "business key") + " occurs " + rows.size() + " times in "
                        + side.id() + "; those records are not paired", rows.toArray(Row[]::new))));
        for (Snapshot side : Snapshot.values()) {
            loaded.rows(side, table).stream().filter(r -> !pairs.byId && !pairs.excluded.contains(r)).limit(3)
                    .forEach(r -> findings.looked("REC-KEY-DUP", side, table, displayKey(r, pairs), r));
        }
    }

    private String displayKey(Row row, Pairing.TablePairs pairs) {
        return pairs.byId ? row.text("id") : keys.key(row);
    }

    private void unpaired(TableKind table, Pairing.TablePairs pairs) {
        for (Row row : loaded.rows(PRE, table)) {
            if (pairs.preToPost.containsKey(row)) {
                findings.looked("REC-MISSING", PRE, table, keys.key(row), row);
            } else if (!pairs.excluded.contains(row)) {
                findings.add("REC-MISSING", PRE, table, keys.key(row), "in pre, no partner in post (paired by "
                        + mode(pairs) + "): data lost", row, loaded.counterpartGone(row));
            }
        }
        for (Row row : loaded.rows(POST, table)) {
            if (pairs.postToPre.containsKey(row)) {
                findings.looked("REC-EXTRA", POST, table, keys.key(row), row);
            } else if (!pairs.excluded.contains(row)) {
                findings.add("REC-EXTRA", POST, table, keys.key(row), "in post, no partner in pre (paired by "
                        + mode(pairs) + "): created in SCM or duplicated", row, loaded.counterpartGone(row));
            }
        }
    }

    private static String mode(Pairing.TablePairs pairs) {
        return pairs.byId ? "record id" : "business key";
    }

    private void changed(TableKind table, Pairing.TablePairs pairs) {
        List<String> compared = comparedColumns(table, pairs);
        for (Row row : loaded.rows(PRE, table)) {
            Row partner = pairs.preToPost.get(row);
            if (partner == null) {
                continue;
            }
            List<String> differences = new ArrayList<>();
            for (String column : compared) {
                if (!Compare.same(row.get(column), partner.get(column))) {
                    differences.add(column + ": " + Compare.show(row.get(column)) + " -> "
                            + Compare.show(partner.get(column)));
                }
            }
            if (differences.isEmpty()) {
                findings.looked("REC-CHANGED", POST, table, keys.key(partner), row, partner);
            } else {
                findings.add("REC-CHANGED", POST, table, keys.key(partner), "pre -> post: "
                        + String.join("; ", differences), row, partner);
            }
        }
    }

    private List<String> comparedColumns(TableKind table, Pairing.TablePairs pairs) {
        List<String> columns = new ArrayList<>();
        boolean productIsKey = !pairs.byId && table.column("line_number").isEmpty() && table.parent().isPresent();
        for (ColumnDef column : table.columns()) {
            String name = column.name();
            boolean key = name.equals("id") || (!pairs.byId && KEY_COLUMNS.contains(name))
                    || (productIsKey && name.equals("product"));
            boolean onBothSides = loaded.has(PRE, table, name) && loaded.has(POST, table, name);
            if (!key && !SET_ON_PURPOSE.contains(name) && onBothSides) {
                columns.add(name);
            }
        }
        return columns;
    }

    private void totals(TableKind table, Pairing.TablePairs pairs) {
        List<String> money = table.columns().stream().filter(ColumnDef::money).map(ColumnDef::name)
                .filter(c -> loaded.has(PRE, table, c) && loaded.has(POST, table, c)).toList();
        this.explaining = explaining(table, pairs, money);
        compareTotals(table, table.id(), loaded.rows(PRE, table), loaded.rows(POST, table), money);
        if (loaded.has(PRE, table, "company") && loaded.has(POST, table, "company")
                && loaded.has(PRE, table, "currency") && loaded.has(POST, table, "currency")) {
            Map<String, List<Row>> before = byCompanyAndCurrency(table, loaded.rows(PRE, table));
            Map<String, List<Row>> after = byCompanyAndCurrency(table, loaded.rows(POST, table));
            Set<String> groups = new TreeSet<>(before.keySet());
            groups.addAll(after.keySet());
            for (String group : groups) {
                compareTotals(table, group, before.getOrDefault(group, List.of()), after.getOrDefault(group, List.of()),
                        money);
            }
        }
    }

    private void compareTotals(TableKind table, String key, List<Row> pre, List<Row> post, List<String> money) {
        List<String> differences = new ArrayList<>();
        if (pre.size() != post.size()) {
            differences.add("rows " + pre.size() + " -> " + post.size());
        }
        for (String column : money) {
            BigDecimal a = sum(pre, column);
            BigDecimal b = sum(post, column);
            if (a.subtract(b).abs().compareTo(Compare.TOLERANCE) > 0) {
                differences.add(column + " " + a.toPlainString() + " -> " + b.toPlainString());
            }
        }
        if (differences.isEmpty()) {
            findings.looked("REC-TOTALS", POST, table, key);
        } else {
            findings.add("REC-TOTALS", POST, table, key, "pre -> post: " + String.join("; ", differences),
                    explaining.toArray(Row[]::new));
        }
    }

    /** The records behind a difference in totals: unpaired ones, and pairs whose amounts differ. */
    private List<Row> explaining(TableKind table, Pairing.TablePairs pairs, List<String> money) {
        List<Row> rows = new ArrayList<>();
        for (Row row : loaded.rows(PRE, table)) {
            Row partner = pairs.preToPost.get(row);
            if (partner == null) {
                rows.add(row);
                rows.add(loaded.counterpartGone(row));
            } else if (money.stream().anyMatch(c -> !Compare.same(row.get(c), partner.get(c)))) {
                rows.add(row);
                rows.add(partner);
            }
        }
        for (Row row : loaded.rows(POST, table)) {
            if (!pairs.postToPre.containsKey(row)) {
                rows.add(row);
                rows.add(loaded.counterpartGone(row));
            }
        }
        rows.removeIf(Objects::isNull);
        return rows;
    }

    private static BigDecimal sum(List<Row> rows, String column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row row : rows) {
            total = total.add(Compare.orZero(row.decimal(column)));
        }
        return total;
    }

    private static Map<String, List<Row>> byCompanyAndCurrency(TableKind table, List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = table.id() + "/" + RecordKeys.first(row.text("company"), "(none)") + "/"
                    + RecordKeys.first(row.text("currency"), "(none)");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
