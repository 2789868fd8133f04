package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the records of pre and post, table by table, as {@code docs/checks.md} says: by record
 * id when the id is filled on every row of both sides, else by business key through the renames
 * (Order ID to Sales Order Number, Quote ID to Quotation Number, P2C contact number to contact
 * number; lines by parent key and line number, else parent key and product). A key that occurs
 * twice on one side is never paired.
 */
final class Pairing {

    /** One table's pairing. */
    static final class TablePairs {
        final boolean byId;
        final Map<Row, Row> preToPost = new IdentityHashMap<>();
        final Map<Row, Row> postToPre = new IdentityHashMap<>();
        /** Duplicated keys per side, with their records: reported, never paired. */
        final Map<Snapshot, Map<String, List<Row>>> duplicates = new EnumMap<>(Snapshot.class);
        final Set<Row> excluded = Collections.newSetFromMap(new IdentityHashMap<>());

        TablePairs(boolean byId) {
            this.byId = byId;
        }
    }

    private final Map<TableKind, TablePairs> tables = new EnumMap<>(TableKind.class);
    private final RecordKeys keys;

    Pairing(Loaded loaded, RecordKeys keys) {
        this.keys = keys;
        for (TableKind table : TableKind.values()) {
            if (loaded.loaded(Snapshot.PRE, table) && loaded.loaded(Snapshot.POST, table)) {
                tables.put(table, pair(table, loaded.rows(Snapshot.PRE, table), loaded.rows(Snapshot.POST, table),
                        loaded));
            }
        }
    }

    Map<TableKind, TablePairs> tables() {
        return tables;
    }

    /** The record's partner in the other snapshot, or {@code null}. */
    Row partner(Row row) {
        TablePairs pairs = tables.get(row.table);
        if (pairs == null) {
            return null;
        }
        return row.snapshot == Snapshot.PRE ? pairs.preToPost.get(row) : pairs.postToPre.get(row);
    }

    private TablePairs pair(TableKind table, List<Row> pre, List<Row> post, Loaded loaded) {
        boolean byId = loaded.has(Snapshot.PRE, table, "id") && loaded.has(Snapshot.POST, table, "id")
                && pre.stream().noneMatch(r -> RecordKeys.blank(r.text("id")))
                && post.stream().noneMatch(r -> RecordKeys.blank(r.text("id")));
        TablePairs pairs = new TablePairs(byId);
        Map<String, List<Row>> before = index(pre, byId);
        Map<String, List<Row>> after = index(post, byId);
        recordDuplicates(pairs, Snapshot.PRE, before, after);
        recordDuplicates(pairs, Snapshot.POST, after, before);
        before.forEach((key, rows) -> {
            List<Row> partners = after.get(key);
            if (rows.size() == 1 && partners != null && partners.size() == 1) {
                pairs.preToPost.put(rows.get(0), partners.get(0));
                pairs.postToPre.put(partners.get(0), rows.get(0));
            }
        });
        return pairs;
    }

    /**
     * A key twice on one side is reported for that side; its records, and the other side's
     * records with that key, stay unpaired. The generator never puts a duplicated key against a
     * single record on the other side, where readings of the rule could differ.
     */
    private static void recordDuplicates(TablePairs pairs, Snapshot side, Map<String, List<Row>> mine,
                                         Map<String, List<Row>> theirs) {
        mine.forEach((key, rows) -> {
            if (rows.size() > 1) {
                List<Row> other = theirs.getOrDefault(key, List.of());
                if (other.size() == 1) {
                    throw new IllegalStateException("ambiguous data: key " + key + " twice on " + side.id()
                            + " but once on the other side");
                }
                pairs.duplicates.computeIfAbsent(side, s -> new LinkedHashMap<>()).put(key, rows);
                pairs.excluded.addAll(rows);
                pairs.excluded.addAll(other);
            }
        });
    }

    private Map<String, List<Row>> index(List<Row> rows, boolean byId) {
        Map<String, List<Row>> index = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = byId ? RecordKeys.norm(row.text("id")) : RecordKeys.norm(pairingKey(row));
            if (!key.isEmpty()) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
            }
        }
        return index;
    }

    /** The business key through the renames; for lines the parent key and the line number or product. */
    String pairingKey(Row row) {
        return switch (row.table) {
            case ACCOUNT -> row.text("account_number");
            case CONTACT -> row.text(row.snapshot == Snapshot.PRE ? "p2c_contact_number" : "contact_number");
            case PRODUCT -> row.text("product_number");
            case ORDER -> row.text(row.snapshot == Snapshot.PRE ? "order_id" : "sales_order_number");
            case QUOTE -> row.text(row.snapshot == Snapshot.PRE ? "quote_id" : "quotation_number");
            case INVOICE -> row.text("invoice_number");
            case ORDER_LINE, QUOTE_LINE, INVOICE_LINE -> keys.key(row);
        };
    }
}
