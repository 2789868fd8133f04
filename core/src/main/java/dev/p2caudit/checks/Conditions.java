package dev.p2caudit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the shorthand of catalogue conditions (over a table aliased {@code t}): {@code EMPTY(x)}
 * is NULL or blank, {@code NORM(x)} trimmed and upper-cased, {@code :name} a bound profile
 * parameter.
 */
final class Conditions {

    /** The SQL and the parameter names, in the order of their {@code ?}. */
    record Expanded(String sql, List<String> parameters) {
    }

    private static final Pattern EMPTY = Pattern.compile("EMPTY\\(([\\w.]+)\\)");
    private static final Pattern NORM = Pattern.compile("NORM\\(([\\w.]+)\\)");
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private Conditions() {
    }

    static Expanded expand(String condition) {
        String sql = EMPTY.matcher(condition).replaceAll("($1 IS NULL OR TRIM(CAST($1 AS VARCHAR)) = '')");
        sql = NORM.matcher(sql).replaceAll("UPPER(TRIM($1))");
        List<String> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            parameters.add(m.group(1));
            // every parameter is a list of upper-cased texts (AuditProfile.upperList), typed for DuckDB
            m.appendReplacement(out, "CAST(? AS VARCHAR[])");
        }
        m.appendTail(out);
        return new Expanded(out.toString(), parameters);
    }
}
