package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which exact duplicate rules grouped records of a table in a snapshot: a list of their members
 * tables. The fuzzy rules, which run after the exact ones, leave out any pair that shares one of
 * these groups: an exact rule already reported it.
 */
final class ExactGroups {

    private ExactGroups() {
    }

    /** Lists a rule's members table (gid, rid) for the table. */
    static void add(CheckContext ctx, Snapshot snapshot, TableKind table, String members) {
        String list = list(snapshot, table);
        if (!ctx.temp.exists(list)) {
            ctx.temp.create(list, "SELECT CAST(NULL AS VARCHAR) AS members WHERE FALSE", List.of());
        }
        ctx.sql.execute("INSERT INTO " + list + " VALUES (?)", List.of(SqlNames.checked(members)));
    }

    /** Which exact groups each record is in. */
    static Membership of(CheckContext ctx, Snapshot snapshot, TableKind table) {
        Map<Long, long[]> groups = new HashMap<>();
        String list = list(snapshot, table);
        if (!ctx.temp.exists(list)) {
            return new Membership(groups);
        }
        List<String> tables = ctx.sql.query("SELECT members FROM " + list, List.of()).stream().map(r -> r.text("members"))
                .toList();
        for (int rule = 0; rule < tables.size(); rule++) {
            long offset = (long) rule << 40; // gids of different rules never collide
            ctx.sql.forEach("SELECT rid, gid FROM " + SqlNames.checked(tables.get(rule)), List.of(), row -> groups.merge(
                    row.number("rid"), new long[] {offset + row.number("gid")}, ExactGroups::concat));
        }
        return new Membership(groups);
    }

    /** Answers "did an exact rule already group these two records?". */
    record Membership(Map<Long, long[]> groupsByRecord) {

        boolean together(long rid, long otherRid) {
            long[] mine = groupsByRecord.get(rid);
            long[] theirs = groupsByRecord.get(otherRid);
            if (mine == null || theirs == null) {
                return false;
            }
            for (long a : mine) {
                for (long b : theirs) {
                    if (a == b) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String list(Snapshot snapshot, TableKind table) {
        return "dupx_" + snapshot.id() + "_" + table.id();
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
