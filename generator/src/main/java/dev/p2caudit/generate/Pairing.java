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
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs the records of pre and post, table by table, as {@code docs/checks.md} says: by record
 * id when the id is filled on every row of both sides, else by business key through the renames
 * (Order ID to Sales Order Number, Quote ID to Quotation Number, P2C contact number to contact
 * number; lines by parent key and line number, else parent key and product), scoped by company
 * where a side carries one; then, for the records still unpaired, fallback keys one to one (the
 * numbers both sides carry, a line's parent pairing with its line number, the record id). A key
 * that occurs twice in one company on one side is never paired.
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
        Function<Row, String> company = r -> byId || !loaded.has(r.snapshot, table, "company") ? null
                : blankToNull(RecordKeys.norm(r.text("company")));
        Function<Row, String> primary = r -> byId ? RecordKeys.norm(r.text("id")) : RecordKeys.norm(pairingKey(r));
        recordDuplicates(pairs, Snapshot.PRE, pre, post, primary, company);
        recordDuplicates(pairs, Snapshot.POST, post, pre, primary, company);
        stage(pairs, pre, post, primary, primary, company);
        if (!byId) {
            for (Function<Row, String>[] fallback : fallbacks(table, loaded)) {
                stage(pairs, pre, post, fallback[0], fallback[1], company);
            }
        }
        return pairs;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * The fallback keys of docs/checks.md, pre's and post's: the numbers both sides carry, a line's
     * parent pairing with its line number or product, the record id.
     */
    @SuppressWarnings("unchecked")
    private List<Function<Row, String>[]> fallbacks(TableKind table, Loaded loaded) {
        List<Function<Row, String>[]> fallbacks = new ArrayList<>();
        Predicate<String> both = c -> loaded.has(Snapshot.PRE, table, c) && loaded.has(Snapshot.POST, table, c);
        if (table.parent().isPresent()) {
            if (tables.containsKey(table.parent().get())) {
                for (String column : List.of("line_number", "product")) {
                    if (both.test(column)) {
                        fallbacks.add(new Function[] {r -> throughParent((Row) r, column),
                            r -> throughParent((Row) r, column)});
                    }
                }
            }
        } else {
            List<String> same = switch (table) {
                case CONTACT -> List.of("p2c_contact_number", "contact_number");
                case ORDER -> List.of("order_id", "sales_order_number");
                case QUOTE -> List.of("quote_id", "quotation_number");
                default -> List.of();
            };
            for (String column : same) {
                if (both.test(column)) {
                    fallbacks.add(new Function[] {r -> RecordKeys.norm(((Row) r).text(column)),
                        r -> RecordKeys.norm(((Row) r).text(column))});
                }
            }
        }
        if (both.test("id")) {
            fallbacks.add(new Function[] {r -> RecordKeys.norm(((Row) r).text("id")),
                r -> RecordKeys.norm(((Row) r).text("id"))});
        }
        return fallbacks;
    }

    /** The pre parent a line's reference leads to (on post through the parent's pairing), and the column. */
    private String throughParent(Row line, String column) {
        TableKind parent = line.table.parent().orElseThrow();
        List<Row> parents = keys.resolve(line.snapshot, parent, line.text(line.table.parentRef().orElseThrow()));
        Object value = line.get(column);
        if (parents.isEmpty() || value == null || RecordKeys.blank(value.toString())) {
            return "";
        }
        Row preParent = line.snapshot == Snapshot.PRE ? parents.get(0) : partner(parents.get(0));
        return preParent == null ? "" : System.identityHashCode(preParent) + "/" + RecordKeys.norm(value.toString());
    }

    /**
     * One stage: the records still unpaired and not left out meet on their keys where the
     * companies agree or one is unknown; a record that meets exactly one, met by that one only, pairs.
     */
    private static void stage(TablePairs pairs, List<Row> pre, List<Row> post, Function<Row, String> preKey,
                              Function<Row, String> postKey, Function<Row, String> company) {
        Map<String, List<Row>> after = new LinkedHashMap<>();
        for (Row row : post) {
            String key = postKey.apply(row);
            if (!key.isEmpty() && !pairs.postToPre.containsKey(row) && !pairs.excluded.contains(row)) {
                after.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
            }
        }
        Map<Row, List<Row>> candidates = new IdentityHashMap<>();
        Map<Row, Integer> met = new IdentityHashMap<>();
        for (Row row : pre) {
            String key = preKey.apply(row);
            if (key.isEmpty() || pairs.preToPost.containsKey(row) || pairs.excluded.contains(row)) {
                continue;
            }
            List<Row> partners = new ArrayList<>();
            for (Row other : after.getOrDefault(key, List.of())) {
                if (compatible(company.apply(row), company.apply(other))) {
                    partners.add(other);
                    met.merge(other, 1, Integer::sum);
                }
            }
            candidates.put(row, partners);
        }
        candidates.forEach((row, partners) -> {
            if (partners.size() == 1 && met.get(partners.get(0)) == 1) {
                pairs.preToPost.put(row, partners.get(0));
                pairs.postToPre.put(partners.get(0), row);
            }
        });
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /**
     * A key twice in one company on one side is reported for that side; its records, and the other
     * side's records with that key (in a compatible company), stay unpaired. The generator never
     * puts a duplicated key against a single record on the other side, where readings of the rule
     * could differ.
     */
    private static void recordDuplicates(TablePairs pairs, Snapshot side, List<Row> mine, List<Row> theirs,
                                         Function<Row, String> key, Function<Row, String> company) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : mine) {
            String k = key.apply(row);
            if (!k.isEmpty()) {
                String c = company.apply(row);
                groups.computeIfAbsent(k + "\u001f" + (c == null ? "" : c), g -> new ArrayList<>(1)).add(row);
            }
        }
        groups.forEach((group, rows) -> {
            if (rows.size() > 1) {
                String k = key.apply(rows.get(0));
                String c = company.apply(rows.get(0));
                List<Row> other = theirs.stream().filter(r -> key.apply(r).equals(k)
                        && compatible(c, company.apply(r))).toList();
                if (other.size() == 1) {
                    throw new IllegalStateException("ambiguous data: key " + k + " twice on " + side.id()
                            + " but once on the other side");
                }
                pairs.duplicates.computeIfAbsent(side, s -> new LinkedHashMap<>()).put(group, rows);
                pairs.excluded.addAll(rows);
                pairs.excluded.addAll(other);
            }
        });
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
