package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORD-NUMSEQ (post): order numbers split into prefix and trailing digits; orders paired with a
 * pre order were created in Sales, the others in SCM. Two sequences in one prefix will collide
 * sooner or later, so every prefix both use is reported, with both ranges.
 */
final class NumberSequenceFamily implements CheckFamily {

    private static final Pattern NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    /** The lowest and highest number of one sequence within a prefix. */
    private static final class Range {
        BigInteger low;
        BigInteger high;
        long count;

        void add(BigInteger n) {
            low = low == null || n.compareTo(low) < 0 ? n : low;
            high = high == null || n.compareTo(high) > 0 ? n : high;
            count++;
        }

        boolean overlaps(Range other) {
            return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
        }

        @Override
        public String toString() {
            return low + "–" + high + " (" + count + ")";
        }
    }

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        if (!ctx.pairings.possible(table)) {
            return;
        }
        String column = rule.param("number");
        Map<String, Range[]> prefixes = new TreeMap<>();
        String sql = "SELECT TRIM(t." + column + ") AS num, " + ctx.pairings.paired(table, "t") + " AS sales FROM "
                + dev.p2caudit.store.SqlNames.dataTable(Snapshot.POST, table)
                + " t WHERE " + Keys.nz(column) + " IS NOT NULL";
        ctx.sql.forEach(sql, List.of(), row -> {
            Matcher m = NUMBER.matcher(row.text("num"));
            if (m.matches()) {
                Range[] ranges = prefixes.computeIfAbsent(m.group(1), k -> new Range[] {new Range(), new Range()});
                ranges[Boolean.TRUE.equals(row.get("sales")) ? 0 : 1].add(new BigInteger(m.group(2)));
            }
        });
        prefixes.forEach((prefix, ranges) -> {
            if (ranges[0].count > 0 && ranges[1].count > 0) {
                report(rule, ctx, table, prefix, ranges[0], ranges[1]);
            }
        });
    }

    private static void report(RuleDef rule, CheckContext ctx, TableKind table, String prefix, Range sales, Range scm) {
        String key = prefix.isEmpty() ? "(none)" : prefix;
        String state = sales.overlaps(scm) ? "already overlap" : "will meet as both sequences grow";
        Map<String, FindingValue> values = new LinkedHashMap<>();
        values.put("prefix", FindingValue.post(key));
        values.put("sales_range", FindingValue.post(sales.toString()));
        values.put("scm_range", FindingValue.post(scm.toString()));
        ctx.report(rule, table, Snapshot.POST, key, "Order numbers with prefix '" + key + "' come from Sales ("
                + sales + ") and from SCM (" + scm + "); the ranges " + state + ".", values);
    }
}
