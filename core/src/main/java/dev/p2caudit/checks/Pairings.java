package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the records of a table across the snapshots (docs/checks.md, Reconciliation): by record
 * id when every row of both sides has one, else by business key through the documented renames.
 * A key that occurs twice on a side pairs nothing. Built once per run, on first use.
 *
 * <p>Two ways to the same pairs. When both sides write their ids in one case each
 * ({@link IdSpelling}), a record's counterpart is found by joining the other data table on its
 * own {@code id} column, and only the keys that occur twice get a working table. Otherwise each
 * side gets a key table (row id, normalized key) and the pairs a table of their own.
 */
final class Pairings {

    /**
     * One table's pairing. {@code dups(side)} (k, kd, n) holds the keys that occur more than once,
     * with a display key. Joined on the ids themselves ({@link #direct}), {@code preSpelling} and
     * {@code postSpelling} say how each side writes ids; otherwise {@code keys(side)} hold (rid, k) —
     * row id and normalized pairing key — and {@code pairs} (pre_rid, post_rid). Display keys come from {@link #displayKey}, only for the rows a check
     * reports: a million order lines would otherwise each carry theirs into the tables.
     */
    record Pairing(TableKind table, boolean byId, IdSpelling preSpelling, IdSpelling postSpelling, String pairs,
                   String preKeys, String postKeys, String preDups, String postDups, boolean anyDup) {

        boolean direct() {
            return byId && preSpelling.indexable() && postSpelling.indexable();
        }

        String keys(Snapshot side) {
            return side == Snapshot.PRE ? preKeys : postKeys;
        }

        String dups(Snapshot side) {
            return side == Snapshot.PRE ? preDups : postDups;
        }

        IdSpelling spelling(Snapshot side) {
            return side == Snapshot.PRE ? preSpelling : postSpelling;
        }
    }

    private final CheckContext ctx;

    Pairings(CheckContext ctx) {
        this.ctx = ctx;
    }

    boolean possible(TableKind table) {
        return ctx.availability.loaded(Snapshot.PRE, table) && ctx.availability.loaded(Snapshot.POST, table);
    }

    Pairing of(TableKind table) {
        return ctx.temp.once("pairing_" + table.id(), () -> build(table));
    }

    private Pairing build(TableKind table) {
        IdSpelling pre = spelling(Snapshot.PRE, table);
        IdSpelling post = pre == IdSpelling.INCOMPLETE ? IdSpelling.INCOMPLETE : spelling(Snapshot.POST, table);
        boolean byId = pre != IdSpelling.INCOMPLETE && post != IdSpelling.INCOMPLETE;
        String base = table.id();
        Pairing draft = new Pairing(table, byId, pre, post, "pair_" + base, "pk_pre_" + base, "pk_post_" + base,
                "dup_pre_" + base, "dup_post_" + base, true);
        if (draft.direct()) {
            for (Snapshot side : Snapshot.values()) {
                createDirectDups(draft, side);
            }
        } else {
            createKeyTables(draft);
        }
        boolean anyDup = ctx.sql.scalar("SELECT (SELECT COUNT(*) FROM " + draft.preDups() + ") + (SELECT COUNT(*) FROM "
                + draft.postDups() + ")", List.of()) > 0;
        return new Pairing(table, byId, pre, post, draft.pairs(), draft.preKeys(), draft.postKeys(), draft.preDups(),
                draft.postDups(), anyDup);
    }

    private IdSpelling spelling(Snapshot side, TableKind table) {
        return ctx.availability.has(side, table, "id") ? IdSpelling.of(ctx.sql, side, table) : IdSpelling.INCOMPLETE;
    }

    /** The ids that occur twice on a side. */
    private void createDirectDups(Pairing p, Snapshot side) {
        String data = SqlNames.dataTable(side, p.table());
        ctx.temp.create(p.dups(side), "SELECT d.k, (SELECT MIN(" + displayKey(side, p.table(), "x.row_id") + ") FROM "
                + data + " x WHERE x.id = d.raw) AS kd, '' AS c, d.n FROM (SELECT t.id AS raw, UPPER(t.id) AS k, COUNT(*) AS n FROM "
                + data + " t GROUP BY t.id HAVING COUNT(*) > 1) d", List.of());
    }

    /**
     * Key mode: each side's key table holds (rid, k, c, f0…, fp, x): the primary key, the company,
     * the fallback keys, the fingerprint of a keyless record and whether a duplicated primary key
     * leaves the record out. The pairs are found in stages, each only among the records the
     * earlier stages left unpaired and only where one record meets exactly one.
     */
    private void createKeyTables(Pairing p) {
        PairingKeys keys = new PairingKeys(ctx, p.table());
        for (Snapshot side : Snapshot.values()) {
            // Paired by id, a line needs no join to its parent: only its display key would.
            String from = p.byId() ? SqlNames.dataTable(side, p.table()) + " t" : ctx.keys.from(side, p.table());
            ctx.temp.create(p.keys(side), "SELECT t.row_id AS rid, " + pairingKey(side, p.table(), p.byId(), keys)
                    + " AS k, " + (p.byId() ? "CAST(NULL AS VARCHAR)" : keys.company(side)) + " AS c FROM " + from, List.of());
            ctx.temp.create(p.dups(side), "SELECT d.k, d.c, (SELECT MIN(" + displayKey(side, p.table(), "x.rid") + ") FROM "
                    + p.keys(side) + " x WHERE x.k = d.k AND COALESCE(x.c, '') = d.c) AS kd, d.n FROM (SELECT k, COALESCE(c, '')"
                    + " AS c, COUNT(*) AS n FROM " + p.keys(side) + " WHERE k IS NOT NULL GROUP BY k, COALESCE(c, '')"
                    + " HAVING COUNT(*) > 1) d", List.of());
        }
        List<String> stages = new ArrayList<>();
        stages.add(stage(p, p::keys, stages, "k", false));
        if (!p.byId()) {
            List<PairingKeys.Fallback> fallbacks = keys.fallbacks();
            // The fallbacks and the fingerprint are worked out only for what the business key left.
            for (Snapshot side : Snapshot.values()) {
                createRest(p, keys, fallbacks, side, stages.get(0));
            }
            // Nothing left on a side (the usual case for a clean table): no fallback can pair.
            boolean both = ctx.sql.scalar("SELECT (SELECT COUNT(*) FROM " + rest(p, Snapshot.PRE) + ") * (SELECT COUNT(*) FROM "
                    + rest(p, Snapshot.POST) + ")", List.of()) > 0;
            for (int i = 0; both && i < fallbacks.size(); i++) {
                stages.add(stage(p, s -> rest(p, s), stages, "f" + i, false));
            }
            if (both) {
                stages.add(stage(p, s -> rest(p, s), stages, "fp", true));
            }
        }
        ctx.temp.create(p.pairs(), stages.stream().map(t -> "SELECT pre_rid, post_rid FROM " + t)
                .collect(java.util.stream.Collectors.joining(" UNION ALL ")), List.of());
    }

    /** The records of a side the business key left unpaired (and not left out), with their fallback keys. */
    private void createRest(Pairing p, PairingKeys keys, List<PairingKeys.Fallback> fallbacks, Snapshot side,
                            String first) {
        String rid = side == Snapshot.PRE ? "pre_rid" : "post_rid";
        StringBuilder select = new StringBuilder("SELECT t.row_id AS rid, ").append(keys.primary(side)).append(" AS k, ")
                .append(keys.company(side)).append(" AS c");
        for (int i = 0; i < fallbacks.size(); i++) {
            select.append(", ").append(fallbacks.get(i).of(side)).append(" AS f").append(i);
        }
        // The fingerprint only for records without a key: the only ones that pair by it.
        select.append(", CASE WHEN ").append(keys.primary(side)).append(" IS NULL THEN ").append(keys.fingerprint(side))
                .append(" END AS fp FROM ").append(keys.from(side)).append(" WHERE t.row_id IN (SELECT y.rid FROM ")
                .append(p.keys(side)).append(" y WHERE NOT ").append(excluded(p, side, "y")).append(" AND NOT EXISTS (SELECT 1 FROM ").append(first)
                .append(" e WHERE e.").append(rid).append(" = y.rid))");
        ctx.temp.create(rest(p, side), select.toString(), List.of());
    }

    private boolean companies(Pairing p) {
        return !p.byId() && p.table().column("company").isPresent()
                && (ctx.availability.has(Snapshot.PRE, p.table(), "company")
                || ctx.availability.has(Snapshot.POST, p.table(), "company"));
    }

    /**
     * SQL: the record {@code alias} of a key table of a side is left out, its key twice on its
     * side (in its company) or on the other side (in a company it could be): a duplicated key pairs
     * none of its records, nor the other side's with that key.
     */
    private static String excluded(Pairing p, Snapshot side, String alias) {
        Snapshot other = side == Snapshot.PRE ? Snapshot.POST : Snapshot.PRE;
        return "(" + alias + ".k IS NOT NULL AND (EXISTS (SELECT 1 FROM " + p.dups(side) + " d WHERE d.k = " + alias
                + ".k AND d.c = COALESCE(" + alias + ".c, '')) OR EXISTS (SELECT 1 FROM " + p.dups(other) + " d WHERE d.k = "
                + alias + ".k AND (" + alias + ".c IS NULL OR d.c = '' OR d.c = " + alias + ".c))))";
    }

    private static String rest(Pairing p, Snapshot side) {
        return p.keys(side) + "_rest";
    }

    /**
     * One stage: the records the earlier stages left, met on {@code key} where their companies
     * agree (or one is unknown), kept where each meets exactly one. Keyless records meet on their
     * fingerprint, the n-th with the n-th: records equal in every compared column are interchangeable.
     */
    private String stage(Pairing p, java.util.function.Function<Snapshot, String> source, List<String> earlier,
                         String key, boolean keyless) {
        String name = p.pairs() + "_" + earlier.size();
        String pre = left(p, source.apply(Snapshot.PRE), Snapshot.PRE, earlier, key, keyless);
        String post = left(p, source.apply(Snapshot.POST), Snapshot.POST, earlier, key, keyless);
        if (earlier.isEmpty() && !companies(p)) {
            // The business key, no company on either side: a key left after the duplicates meets
            // one record at most, so the pairs are the join itself.
            ctx.temp.create(name, "SELECT a.rid AS pre_rid, b.rid AS post_rid FROM (" + pre + ") a JOIN (" + post
                    + ") b ON a.v = b.v", List.of());
            return name;
        }
        ctx.temp.create(name, "SELECT pre_rid, post_rid FROM (SELECT a.rid AS pre_rid, b.rid AS post_rid,"
                + " COUNT(*) OVER (PARTITION BY a.rid) AS np, COUNT(*) OVER (PARTITION BY b.rid) AS nq FROM (" + pre
                + ") a JOIN (" + post + ") b ON a.v = b.v AND (a.c IS NULL OR b.c IS NULL OR a.c = b.c)) m"
                + " WHERE np = 1 AND nq = 1", List.of());
        return name;
    }

    private static String left(Pairing p, String source, Snapshot side, List<String> earlier, String key,
                               boolean keyless) {
        String rid = side == Snapshot.PRE ? "pre_rid" : "post_rid";
        String value = keyless ? "y.fp || '#' || CAST(ROW_NUMBER() OVER (PARTITION BY y.fp ORDER BY y.rid) AS VARCHAR)"
                : "y." + key;
        boolean rest = source.endsWith("_rest");
        StringBuilder sql = new StringBuilder("SELECT y.rid, y.c, " + value + " AS v FROM " + source
                + " y WHERE " + (rest ? "" : "NOT " + excluded(p, side, "y") + " AND ") + "y." + key + " IS NOT NULL");
        if (keyless) {
            sql.append(" AND y.k IS NULL");
        }
        // The rest tables hold only what the first stage left: only the later stages are asked.
        for (String stage : rest ? earlier.subList(1, earlier.size()) : earlier) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(stage).append(" e WHERE e.").append(rid).append(" = y.rid)");
        }
        return sql.toString();
    }

    /**
     * The table of (pre_rid, post_rid). Joined on the ids themselves, it is built on first ask.
     */
    String pairsTable(TableKind table) {
        Pairing p = of(table);
        if (p.direct()) {
            ctx.temp.once(p.pairs(), () -> {
                ctx.temp.create(p.pairs(), "SELECT a.row_id AS pre_rid, t.row_id AS post_rid FROM "
                        + SqlNames.dataTable(Snapshot.POST, table) + " t JOIN "
                        + SqlNames.dataTable(Snapshot.PRE, table) + " a ON " + sameId(p, "a", "t"), List.of());
                return p.pairs();
            });
        }
        return p.pairs();
    }

    /**
     * The display key (docs/checks.md, "Business keys") of the row {@code rid} of a side, as a
     * scalar subquery: worked out only for the rows a query returns.
     */
    String displayKey(Snapshot side, TableKind table, String rid) {
        return "(SELECT " + ctx.keys.keyWithoutJoin(side, table) + " FROM " + SqlNames.dataTable(side, table)
                + " t WHERE t.row_id = " + rid + ")";
    }

    /**
     * Whether the rows of a side's table name more than one company: findings then name the
     * company of their record, since one number can then stand for records of several companies.
     */
    boolean spansCompanies(Snapshot side, TableKind table) {
        if (table.column("company").isEmpty() || !ctx.availability.has(side, table, "company")) {
            return false;
        }
        return ctx.temp.once("companies_" + SqlNames.dataTable(side, table), () -> ctx.sql.scalar(
                "SELECT COUNT(DISTINCT UPPER(TRIM(company))) FROM " + SqlNames.dataTable(side, table)
                        + " WHERE NULLIF(TRIM(company), '') IS NOT NULL", List.of()) > 1);
    }

    /** SQL of the company of row {@code rid} of a side, as written, for messages. */
    static String companyOf(Snapshot side, TableKind table, String rid) {
        return "(SELECT TRIM(c.company) FROM " + SqlNames.dataTable(side, table) + " c WHERE c.row_id = " + rid + ")";
    }

    /** Upper-cased; NULL when the record has no key (it then pairs by a fallback, or not at all). */
    private static String pairingKey(Snapshot side, TableKind table, boolean byId, PairingKeys keys) {
        return byId ? "UPPER(" + Keys.nz("id") + ")" : keys.primary(side);
    }

    /**
     * Joins a post row aliased {@code t} to its paired pre row as {@code a} (NULLs when unpaired).
     * Callers check {@link #possible} first.
     */
    String preJoin(TableKind table) {
        Pairing p = of(table);
        String pre = SqlNames.dataTable(Snapshot.PRE, table);
        if (p.direct()) {
            // The duplicated ids are left out of pre before the join: DuckDB takes no subquery in
            // an outer join's condition. A pre id equals the post id it meets, upper-cased alike.
            String unique = p.anyDup() ? "(SELECT * FROM " + pre + " x WHERE TRUE" + notDuplicated(p, Snapshot.PRE, "x")
                    + notDuplicated(p, Snapshot.POST, "x") + ")" : pre;
            return " LEFT JOIN " + unique + " a ON a.id = " + p.preSpelling().spell("t.id");
        }
        return " LEFT JOIN " + p.pairs() + " p ON p.post_rid = t.row_id LEFT JOIN " + Keys.byRowId(pre, "a", "p.pre_rid");
    }

    /** The pre and post rows of the pairs, joined: {@code a} is pre, {@code b} is post. */
    String pairedRows(TableKind table) {
        Pairing p = of(table);
        String pre = SqlNames.dataTable(Snapshot.PRE, table);
        String post = SqlNames.dataTable(Snapshot.POST, table);
        if (p.direct()) {
            return post + " b JOIN " + pre + " a ON " + sameId(p, "a", "b");
        }
        return p.pairs() + " p JOIN " + Keys.byRowId(pre, "a", "p.pre_rid") + " JOIN " + Keys.byRowId(post, "b", "p.post_rid");
    }

    /** SQL that is true when the post row aliased {@code post} has a pre counterpart. */
    String paired(TableKind table, String post) {
        Pairing p = of(table);
        if (p.direct()) {
            return "EXISTS (SELECT 1 FROM " + SqlNames.dataTable(Snapshot.PRE, table) + " a WHERE " + sameId(p, "a", post) + ")";
        }
        return "EXISTS (SELECT 1 FROM " + p.pairs() + " x WHERE x.post_rid = " + post + ".row_id)";
    }

    /**
     * A query of the row ids ({@code rid}) of a side's records that pair with nothing, leaving out
     * those whose key occurs twice on either side: they have their REC-KEY-DUP.
     */
    String unpaired(TableKind table, Snapshot side) {
        Pairing p = of(table);
        Snapshot other = side == Snapshot.PRE ? Snapshot.POST : Snapshot.PRE;
        if (p.direct()) {
            // By id a key occurring twice on the other side exists there, so its row is not listed.
            return "SELECT t.row_id AS rid FROM " + SqlNames.dataTable(side, table) + " t WHERE NOT EXISTS (SELECT 1 FROM "
                    + SqlNames.dataTable(other, table) + " o WHERE o.id = " + p.spelling(other).spell("t.id") + ")"
                    + notDuplicated(p, side, "t");
        }
        String rid = side == Snapshot.PRE ? "pre_rid" : "post_rid";
        return "SELECT k.rid FROM " + p.keys(side) + " k WHERE NOT " + excluded(p, side, "k") + " AND NOT EXISTS (SELECT 1 FROM " + p.pairs()
                + " x WHERE x." + rid + " = k.rid)";
    }

    /**
     * The join condition of pre row {@code pre} and post row {@code post} on their ids,
     * when neither side has the id twice.
     */
    private static String sameId(Pairing p, String pre, String post) {
        String condition = pre + ".id = " + p.preSpelling().spell(post + ".id");
        if (p.anyDup()) {
            condition += notDuplicated(p, Snapshot.PRE, post) + notDuplicated(p, Snapshot.POST, post);
        }
        return condition;
    }

    private static String notDuplicated(Pairing p, Snapshot side, String alias) {
        return p.anyDup() ? " AND NOT EXISTS (SELECT 1 FROM " + p.dups(side) + " d WHERE d.k = UPPER(" + alias + ".id))"
                : "";
    }
}
