package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The duplicate rules of a rule file (DUP-ACC-NAME, …): records whose compared values are all
 * equal form one group. Equality of normalised values is transitive, so a GROUP BY finds the
 * groups, in SQL, however many rows. Each rule's groups are also listed for the fuzzy rules, so
 * that a pair an exact rule reports is not reported again as fuzzy.
 */
final class ExactDuplicateFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        DuplicateRule definition = DuplicateRule.of(rule);
        DuplicateGroups groups = groups(rule, definition, snapshot, ctx);
        DuplicateGroups before = snapshot == Snapshot.POST && DuplicateFindings.preComparable(rule, ctx)
                ? groups(rule, definition, Snapshot.PRE, ctx) : null;
        List<String> shown = definition.conditions().stream().map(DuplicateCondition::column).distinct().toList();
        new DuplicateFindings(ctx, rule, snapshot, shown).report(groups, before);
    }

    /** The rule's groups in a snapshot, worked out once per run. */
    static DuplicateGroups groups(RuleDef rule, DuplicateRule definition, Snapshot snapshot, CheckContext ctx) {
        DuplicateGroups groups = DuplicateGroups.of(rule, snapshot);
        if (!ctx.temp.exists(groups.members())) {
            Compared compared = new Compared(definition, snapshot, definition.table().column("company").isPresent()
                    && ctx.availability.has(snapshot, definition.table(), "company"));
            String values = groups.members() + "_values";
            ctx.temp.create(values, compared.valuesQuery(), List.of());
            ctx.temp.create(groups.groups(), compared.groupsQuery(values), List.of());
            ctx.temp.create(groups.members(), compared.membersQuery(values, groups.groups()), List.of());
            ExactGroups.add(ctx, snapshot, definition.table(), groups.members());
        }
        return groups;
    }

    /**
     * The values v1…vn a rule compares. One pass over the (wide) table keeps them, narrow, with the
     * row id and all values as one key k (so that one join finds a group): (rid, v1…vn, k), without
     * the rows a blank the rule ignores leaves out. Grouping and matching then read only that.
     */
    private record Compared(DuplicateRule rule, Snapshot snapshot, boolean byCompany) {

        String valuesQuery() {
            List<String> selected = new ArrayList<>();
            List<String> notBlank = new ArrayList<>();
            for (int i = 0; i < rule.conditions().size(); i++) {
                DuplicateCondition c = rule.conditions().get(i);
                selected.add(c.sql(rule.caseSensitive()) + " AS " + v(i));
                if (c.ignoreBlank()) {
                    notBlank.add(v(i) + " IS NOT NULL");
                }
            }
            String rows = "SELECT t.row_id AS rid, " + String.join(", ", selected) + " FROM "
                    + SqlNames.dataTable(snapshot, rule.table()) + " t" + (rule.excludeInactive() ? " WHERE "
                    + active(rule.table()) : "");
            String key = String.join(" || CHR(31) || ", names()); // a unit separator, never in a value
            if (byCompany) {
                // Records of two companies are two records (F&O keeps a customer per legal entity).
                key = "UPPER(COALESCE(TRIM(x.company), '')) || CHR(30) || " + key;
                rows = rows.replace("SELECT t.row_id AS rid, ", "SELECT t.row_id AS rid, t.company, ");
            }
            return "SELECT x.*, " + key + " AS k FROM (" + rows + ") x" + (notBlank.isEmpty() ? ""
                    : " WHERE " + String.join(" AND ", notBlank));
        }

        /** Each combination of values found on two or more rows: (gid, k, matched, score). */
        String groupsQuery(String values) {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < rule.conditions().size(); i++) {
                shown.add("'" + rule.conditions().get(i).describe().replace("'", "''") + " ' || CASE WHEN " + v(i)
                        + " = '' THEN '(blank)' ELSE '''' || " + v(i) + " || '''' END");
            }
            String vs = String.join(", ", names());
            return "SELECT CAST(ROW_NUMBER() OVER (ORDER BY k) AS BIGINT) AS gid, k, " + String.join(" || ', ' || ", shown)
                    + " AS matched, CAST(NULL AS VARCHAR) AS score FROM (SELECT k, " + vs + " FROM " + values
                    + " GROUP BY k, " + vs + " HAVING COUNT(*) > 1) d";
        }

        /** The rows whose values are those of a group: (gid, rid). */
        String membersQuery(String values, String groups) {
            return "SELECT g.gid, x.rid FROM " + values + " x JOIN " + groups + " g ON g.k = x.k";
        }

        private List<String> names() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < rule.conditions().size(); i++) {
                names.add(v(i));
            }
            return names;
        }

        private static String v(int i) {
            return "v" + (i + 1);
        }
    }

    /** Status is not Inactive; an empty status counts as active. */
    private static String active(TableKind table) {
        int inactive = table.column("status").orElseThrow().optionSet().codeOf("Inactive").orElseThrow();
        return "COALESCE(t.status, -1) <> " + inactive;
    }
}
