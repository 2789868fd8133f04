package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides where each bootstrap check runs, as {@code docs/checks.md} says: on post always, with
 * a column absent from every file of the table skipped and reported once as SCHEMA-MISSING
 * (post, key {@code table.column}); on pre only when the pre export has every column it needs,
 * silently skipped otherwise; nowhere when its table was not loaded.
 */
final class Scope {

    private final Loaded loaded;
    private final Findings findings;
    private final Map<String, Set<String>> missing = new TreeMap<>();

    Scope(Loaded loaded, Findings findings) {
        this.loaded = loaded;
        this.findings = findings;
    }

    boolean runs(String ruleId, Snapshot s) {
        Rules.Rule rule = Rules.bootstrap(ruleId);
        return runs(ruleId, rule.table(), rule.postOnly(), rule.columns(s), s);
    }

    /** For checks with per-column parts (ORD-VALUEMAP) and extra needs. */
    boolean runs(String ruleId, TableKind table, boolean postOnly, List<String> columns, Snapshot s) {
        if (!loaded.loaded(s, table) || (postOnly && s == Snapshot.PRE)) {
            return false;
        }
        boolean complete = true;
        for (String column : columns) {
            String key = table.id() + "." + column;
            if (!loaded.has(s, table, column)) {
                complete = false;
                if (s == Snapshot.POST) {
                    missing.computeIfAbsent(key, k -> new TreeSet<>()).add(ruleId);
                }
            } else if (s == Snapshot.POST) {
                findings.looked("SCHEMA-MISSING", s, table, key);
            }
        }
        return complete;
    }

    /** The SCHEMA-MISSING findings, one per table and column, naming the skipped checks. */
    void report() {
        missing.forEach((key, rules) -> findings.add("SCHEMA-MISSING", Snapshot.POST,
                TableKind.fromId(key.substring(0, key.indexOf('.'))).orElseThrow(), key,
                "column absent from every post file of the table; skipped: " + String.join(", ", rules)));
    }
}
