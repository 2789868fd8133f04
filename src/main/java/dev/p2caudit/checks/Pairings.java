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
     * The working tables of one table's pairing: {@code keys(side)} hold (rid, k, kd) — row id,
     * normalized pairing key, display key; {@code dups(side)} the keys that occur twice;
     * {@code pairs} (pre_rid, post_rid).
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
            ctx.temp.create(p.keys(side), "SELECT t._ROWID_ AS rid, " + pairingKey(side, table, byId) + " AS k, "
                    + ctx.keys.key(side, table) + " AS kd FROM " + ctx.keys.from(side, table), List.of(), "k", "rid");
            ctx.temp.create(p.dups(side), "SELECT k, MIN(kd) AS kd, COUNT(*) AS n FROM " + p.keys(side)
                    + " WHERE k IS NOT NULL GROUP BY k HAVING COUNT(*) > 1", List.of(), "k");
        }
        ctx.temp.create(p.pairs(), "SELECT a.rid AS pre_rid, b.rid AS post_rid FROM " + p.preKeys() + " a JOIN "
                + p.postKeys() + " b ON a.k = b.k WHERE NOT EXISTS (SELECT 1 FROM " + p.preDups()
                + " d WHERE d.k = a.k) AND NOT EXISTS (SELECT 1 FROM " + p.postDups() + " d WHERE d.k = b.k)",
                List.of(), "pre_rid", "post_rid");
        return p;
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
