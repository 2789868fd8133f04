package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the records of a table across the snapshots (docs/checks.md, Reconciliation): by record
 * id when every row of both sides has one, else by business key through the documented renames.
 * A key that occurs twice on a side pairs nothing. Built once per run, on first use.
 */
final class Pairings {

    /**
     * The working tables of one table's pairing: {@code keys(side)} hold (rid, k) — row id and
     * normalized pairing key, stored by row id; {@code dups(side)} (k, kd, n) the keys that occur
     * twice, with a display key; {@code pairs} (pre_rid, post_rid), stored by post_rid. Display keys
     * of other rows come from {@link #displayKey}, only for the rows a check reports: a million
     * order lines would otherwise each carry theirs (and the join to their order) into the tables.
     */
    record Pairing(TableKind table, boolean byId, String pairs, String preKeys, String postKeys, String preDups,
                   String postDups) {

        String keys(Snapshot side) {
            return side == Snapshot.PRE ? preKeys : postKeys;
        }

        String dups(Snapshot side) {
            return side == Snapshot.PRE ? preDups : postDups;
        }
    }

    private final CheckContext ctx;
    private final Map<TableKind, Pairing> built = new EnumMap<>(TableKind.class);

    Pairings(CheckContext ctx) {
        this.ctx = ctx;
    }

    boolean possible(TableKind table) {
        return ctx.availability.loaded(Snapshot.PRE, table) && ctx.availability.loaded(Snapshot.POST, table);
    }

    Pairing of(TableKind table) {
        return built.computeIfAbsent(table, this::build);
    }

    private Pairing build(TableKind table) {
        boolean byId = everyRowHasAnId(table);
        String base = table.id();
        Pairing p = new Pairing(table, byId, "pair_" + base, "pk_pre_" + base, "pk_post_" + base,
                "dup_pre_" + base, "dup_post_" + base);
        for (Snapshot side : Snapshot.values()) {
            // Paired by id, a line needs no join to its parent: only its display key would.
            String from = byId ? SqlNames.dataTable(side, table) + " t" : ctx.keys.from(side, table);
            ctx.temp.createKeyed(p.keys(side), "SELECT t._ROWID_ AS rid, " + pairingKey(side, table, byId) + " AS k FROM "
                    + from, List.of(), "rid", "k");
            ctx.temp.create(p.dups(side), "SELECT d.k, (SELECT MIN(" + displayKey(side, table, "x.rid") + ") FROM "
                    + p.keys(side) + " x WHERE x.k = d.k) AS kd, d.n FROM (SELECT k, COUNT(*) AS n FROM " + p.keys(side)
                    + " WHERE k IS NOT NULL GROUP BY k HAVING COUNT(*) > 1) d", List.of(), "k");
        }
        // A post row pairs with one pre row at most: its key is not duplicated on either side.
        ctx.temp.createKeyed(p.pairs(), "SELECT a.rid AS pre_rid, b.rid AS post_rid FROM " + p.preKeys() + " a JOIN "
                + p.postKeys() + " b ON a.k = b.k WHERE NOT EXISTS (SELECT 1 FROM " + p.preDups()
                + " d WHERE d.k = a.k) AND NOT EXISTS (SELECT 1 FROM " + p.postDups() + " d WHERE d.k = b.k)",
                List.of(), "post_rid", "pre_rid");
        return p;
    }

    /**
     * The display key (docs/checks.md, "Business keys") of the row {@code rid} of a side, as a
     * scalar subquery: H2 evaluates it only for the rows a query returns.
     */
    String displayKey(Snapshot side, TableKind table, String rid) {
        String from = SqlNames.dataTable(side, table) + " t USE INDEX ()";
        if (table.parent().isPresent()) {
            from += " LEFT JOIN " + ctx.keys.refMap(side, table.parent().get()) + " r ON r.ref = UPPER(TRIM(t."
                    + table.parentRef().get() + "))";
        }
        return "(SELECT " + ctx.keys.key(side, table) + " FROM " + from + " WHERE t._ROWID_ = " + rid + ")";
    }

    private boolean everyRowHasAnId(TableKind table) {
        for (Snapshot side : Snapshot.values()) {
            if (!ctx.availability.has(side, table, "id") || ctx.sql.scalar("SELECT COUNT(*) FROM "
                    + SqlNames.dataTable(side, table) + " t WHERE " + Keys.nz("id") + " IS NULL", List.of()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Upper-cased; NULL when the record has no key (it then pairs with nothing). */
    private String pairingKey(Snapshot side, TableKind table, boolean byId) {
        if (byId) {
            return "UPPER(" + Keys.nz("id") + ")";
        }
        String column = switch (table) {
            case ACCOUNT -> "account_number";
            case CONTACT -> side == Snapshot.PRE ? "p2c_contact_number" : "contact_number";
            case PRODUCT -> "product_number";
            case ORDER -> side == Snapshot.PRE ? "order_id" : "sales_order_number";
            case QUOTE -> side == Snapshot.PRE ? "quote_id" : "quotation_number";
            case INVOICE -> "invoice_number";
            default -> null;
        };
        if (column != null) {
            return "UPPER(" + Keys.nz(column) + ")";
        }
        return "UPPER(" + ctx.keys.key(side, table) + ")";
    }

    /**
     * Joins a post row aliased {@code t} to its paired pre row as {@code a} (NULLs when unpaired).
     * Callers check {@link #possible} first.
     */
    String preJoin(TableKind table) {
        return " LEFT JOIN " + of(table).pairs() + " p ON p.post_rid = t._ROWID_ LEFT JOIN "
                + Keys.byRowId(SqlNames.dataTable(Snapshot.PRE, table), "a", "p.pre_rid");
    }

    /** The pre and post rows of the pairs, joined: {@code a} is pre, {@code b} is post. */
    static String pairedRows(Pairing p) {
        return p.pairs() + " p JOIN " + Keys.byRowId(SqlNames.dataTable(Snapshot.PRE, p.table()), "a", "p.pre_rid")
                + " JOIN " + Keys.byRowId(SqlNames.dataTable(Snapshot.POST, p.table()), "b", "p.post_rid");
    }
}
