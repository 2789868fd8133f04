package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Sql;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a rule's groups ({@link DuplicateGroups}) into findings, one per group, whichever family
 * found them. Each finding's key is the members' keys sorted and joined with {@code +}; it says
 * which values matched (and how similar, for fuzzy rules), names the suggested survivor, and on
 * post says whether the group is new: its members were not one group of the same rule in pre.
 */
final class DuplicateFindings {

    /** Members listed by value in a finding; a group of sixty would not be read anyway. */
    private static final int LISTED_MEMBERS = 10;

    private final CheckContext ctx;
    private final RuleDef rule;
    private final Snapshot snapshot;
    private final List<String> shownColumns;
    /** The columns the export carried: completeness is counted over them (the record id aside). */
    private final List<String> presentColumns;

    /** @param shownColumns the columns whose member values the finding lists (those the export has) */
    DuplicateFindings(CheckContext ctx, RuleDef rule, Snapshot snapshot, List<String> shownColumns) {
        this.ctx = ctx;
        this.rule = rule;
        this.snapshot = snapshot;
        this.shownColumns = shownColumns.stream().filter(c -> ctx.availability.has(snapshot, rule.table(), c)).toList();
        this.presentColumns = ctx.availability.columns(snapshot, rule.table()).stream().filter(c -> !c.equals("id"))
                .sorted().toList();
    }

    static String plural(TableKind table) {
        return table.displayName() + "s";
    }

    /** Whether the rule can also run on pre (pre loaded, with every column it needs), to tell new groups. */
    static boolean preComparable(RuleDef rule, CheckContext ctx) {
        return ctx.availability.loaded(Snapshot.PRE, rule.table())
                && rule.needsOn(Snapshot.PRE).stream().allMatch(c -> ctx.availability.has(Snapshot.PRE, rule.table(), c));
    }

    /**
     * Reports every group.
     *
     * @param before the same rule's groups in pre, to mark post groups that are new; {@code null}
     *               when not comparable
     */
    void report(DuplicateGroups groups, DuplicateGroups before) {
        Map<Long, Sql.Row> described = new HashMap<>();
        ctx.sql.forEach("SELECT gid, matched, score FROM " + groups.groups(), List.of(),
                row -> described.put(row.number("gid"), row));
        if (described.isEmpty()) {
            return; // nothing to report, and no reason to count the customer references of the snapshot
        }
        Set<Long> existedBefore = before == null ? null : existedBefore(groups, before);
        List<Sql.Row> group = new ArrayList<>();
        ctx.sql.forEach(membersQuery(groups), List.of(), row -> {
            if (!group.isEmpty() && group.get(0).number("gid") != row.number("gid")) {
                reportGroup(described.get(group.get(0).number("gid")), group, existedBefore);
                group.clear();
            }
            group.add(row);
        });
        if (!group.isEmpty()) {
            reportGroup(described.get(group.get(0).number("gid")), group, existedBefore);
        }
    }

    /**
     * Every member with what the finding shows and the survivor is chosen by, group by group. Rows
     * are kept narrow: what is the same for a whole group (which values matched, the score) is
     * read once per group instead.
     */
    private String membersQuery(DuplicateGroups groups) {
        DuplicateReferences references = DuplicateReferences.of(ctx, snapshot, rule.table());
        StringBuilder sql = new StringBuilder("SELECT m.gid, ")
                .append(Keys.headerKey(snapshot, rule.table())).append(" AS k, ").append(filledColumns())
                .append(" AS filled, ").append(references.count()).append(" AS uses, t.import_id, t.source_line");
        shownColumns.forEach(c -> sql.append(", t.").append(SqlNames.checked(c)));
        // LEFT JOINs: each member has its row, and its reference counts when it has any
        sql.append(" FROM ").append(groups.members()).append(" m LEFT JOIN ").append(SqlNames.dataTable(snapshot,
                rule.table())).append(" t ON t.row_id = m.rid").append(references.joins());
        return sql.append(" ORDER BY m.gid").toString();
    }

    /** How many of the columns the export carried are filled: the completeness of a record. */
    private String filledColumns() {
        if (presentColumns.isEmpty()) {
            return "0";
        }
        return presentColumns.stream().map(c -> "CASE WHEN NULLIF(TRIM(CAST(t." + SqlNames.checked(c)
                        + " AS VARCHAR)), '') IS NULL THEN 0 ELSE 1 END")
                .collect(Collectors.joining(" + ", "(", ")"));
    }

    /** The post groups whose members were, through the pre/post pairing, exactly within one pre group. */
    private Set<Long> existedBefore(DuplicateGroups groups, DuplicateGroups before) {
        Set<Long> gids = new HashSet<>();
        String sql = "SELECT m.gid FROM " + groups.members() + " m LEFT JOIN " + ctx.pairings.pairsTable(rule.table())
                + " p ON p.post_rid = m.rid LEFT JOIN " + before.members() + " b ON b.rid = p.pre_rid GROUP BY m.gid"
                + " HAVING COUNT(b.gid) = COUNT(*) AND COUNT(DISTINCT b.gid) = 1";
        ctx.sql.forEach(sql, List.of(), row -> gids.add(row.number("gid")));
        return gids;
    }

    private void reportGroup(Sql.Row described, List<Sql.Row> rows, Set<Long> existedBefore) {
        List<Survivor.Member> members = rows.stream().map(r -> new Survivor.Member(r.text("k"), (int) r.number("filled"),
                r.number("uses"), r.number("import_id"), r.number("source_line"))).toList();
        Survivor.Choice survivor = Survivor.choose(members, presentColumns.size());
        String key = members.stream().map(Survivor.Member::key).sorted().collect(Collectors.joining("+"));
        String matched = described.text("matched");
        String score = described.text("score");
        Boolean isNew = existedBefore == null ? null : !existedBefore.contains(rows.get(0).number("gid"));
        ctx.report(rule, rule.table(), snapshot, key, message(rows.size(), matched, score, survivor, isNew),
                values(rows, matched, score, survivor, isNew));
    }

    private String message(int size, String matched, String score, Survivor.Choice survivor, Boolean isNew) {
        String what = size + " " + plural(rule.table()).toLowerCase(Locale.ROOT);
        String found = score == null
                ? what + " match " + rule.id() + " (" + rule.title() + "): " + matched + "."
                : what + " are near-duplicates (" + rule.id() + ", similarity " + score + "): " + matched + ".";
        String suggestion = " Suggested survivor: " + survivor.member().key() + ", " + survivor.reason() + ".";
        String since = Boolean.TRUE.equals(isNew) ? " New in post: these records were not one duplicate group before"
                + " the migration." : "";
        return found + suggestion + since;
    }

    private Map<String, FindingValue> values(List<Sql.Row> rows, String matched, String score, Survivor.Choice survivor,
                                             Boolean isNew) {
        Map<String, FindingValue> values = new LinkedHashMap<>();
        values.put("rule", FindingValue.of(snapshot, rule.title()));
        values.put("matched", FindingValue.of(snapshot, matched));
        if (score != null) {
            values.put("similarity", FindingValue.of(snapshot, score));
        }
        values.put("members", FindingValue.of(snapshot, rows.size()));
        values.put("survivor", FindingValue.of(snapshot, survivor.member().key()));
        values.put("survivor_reason", FindingValue.of(snapshot, survivor.reason()));
        if (isNew != null) {
            values.put("new_in_post", FindingValue.of(snapshot, isNew ? "yes" : "no"));
        }
        for (String column : shownColumns) {
            values.put(column, FindingValue.of(snapshot, memberValues(rows, column)));
        }
        return values;
    }

    /** "ACC-1: Coho Winery; ACC-2: COHO WINERY", the first few members by key. */
    private String memberValues(List<Sql.Row> rows, String column) {
        List<Sql.Row> sorted = rows.stream().sorted(Comparator.comparing(r -> r.text("k"))).toList();
        String listed = sorted.stream().limit(LISTED_MEMBERS)
                .map(r -> r.text("k") + ": " + ValueText.of(rule.table(), column, r.get(column)))
                .collect(Collectors.joining("; "));
        return sorted.size() > LISTED_MEMBERS ? listed + "; … " + (sorted.size() - LISTED_MEMBERS) + " more" : listed;
    }
}
