package dev.p2caudit.generate;

import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules as the generator needs them, taken from the check catalogue (rules.json, with the
 * default duplicate rules), the one source of every rule: every rule id in catalogue order, and
 * for each bootstrap check the table it reads, whether it runs on pre too, and the columns it
 * needs on each side — a check runs on pre only when the pre export has all of them, and on post
 * a missing one is reported as SCHEMA-MISSING. Which records a check flags stays the generator's
 * own reading of docs/checks.md (ADR 0003).
 */
final class Rules {

    /** A bootstrap check's needs, per snapshot (a number check reads another column on each side). */
    record Rule(String id, TableKind table, boolean postOnly, Map<Snapshot, List<String>> columns) {

        List<String> columns(Snapshot snapshot) {
            return columns.get(snapshot);
        }
    }

    private static final List<RuleDef> CATALOGUE = Catalogue.standard().all();

    /** Every rule ID, in catalogue order (which is RULES.md's order: EngineTest compares them). */
    static final List<String> IDS = CATALOGUE.stream().map(RuleDef::id).toList();

    /** The columns ORD-VALUEMAP looks at, each on its own. */
    static final List<String> VALUE_MAP_COLUMNS = rule("ORD-VALUEMAP").listParam("columns");

    private static final Map<String, Rule> BOOTSTRAP = bootstrap();

    private Rules() {
    }

    static Rule bootstrap(String id) {
        Rule rule = BOOTSTRAP.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("not a bootstrap check: " + id);
        }
        return rule;
    }

    private static RuleDef rule(String id) {
        return Catalogue.standard().find(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
    }

    /** The checks of one table's records (not reconciliation, duplicates or inputs). */
    private static Map<String, Rule> bootstrap() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleDef r : CATALOGUE) {
            if (r.table() != null && !r.id().startsWith("DUP-")) {
                Map<Snapshot, List<String>> columns = new EnumMap<>(Snapshot.class);
                for (Snapshot s : Snapshot.values()) {
                    columns.put(s, columns(r, s));
                }
                rules.put(r.id(), new Rule(r.id(), r.table(), !r.snapshots().contains(Snapshot.PRE), columns));
            }
        }
        return rules;
    }

    /**
     * The columns whose absence skips the check on that side: its needs for that snapshot, except
     * the one it is skipped without in silence ({@code skipWithout}), which the generator's check
     * looks at itself.
     */
    private static List<String> columns(RuleDef rule, Snapshot s) {
        List<String> columns = new ArrayList<>();
        String silent = rule.optionalParam("skipWithout").orElse(null);
        for (String need : rule.needs()) {
            int colon = need.indexOf(':');
            String column = colon < 0 ? need : need.substring(colon + 1);
            if ((colon < 0 || need.startsWith(s.id() + ":")) && !column.equals(silent)) {
                columns.add(column);
            }
        }
        return List.copyOf(columns);
    }
}
