package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the check catalogue: what the rule is, where it runs, what it needs, why it
 * matters and what to do; {@link #param} holds what its family needs (a condition, a column).
 */
public record RuleDef(String id, Severity severity, TableKind table, String family, List<Snapshot> snapshots,
                      boolean forecastOnPre, List<String> needs, String title, String step, String why,
                      String remediation, JsonNode raw) {

    /** The entry of a node {@link RuleReader} has checked. */
    static RuleDef from(JsonNode node) {
        String tableId = node.path("table").isNull() ? null : node.path("table").asText(null);
        TableKind table = tableId == null ? null : TableKind.fromId(tableId)
                .orElseThrow(() -> new IllegalStateException("rules.json: unknown table " + tableId));
        String where = node.path("snapshots").asText("post");
        List<Snapshot> snapshots = new ArrayList<>();
        for (String s : where.split("\\+")) {
            snapshots.add(Snapshot.parse(s));
        }
        List<String> needs = new ArrayList<>();
        node.path("needs").forEach(n -> needs.add(n.asText()));
        return new RuleDef(node.get("id").asText(), Severity.parse(node.get("severity").asText()), table,
                node.get("family").asText(), List.copyOf(snapshots), snapshots.contains(Snapshot.PRE)
                && snapshots.contains(Snapshot.POST), List.copyOf(needs), node.path("title").asText(),
                node.path("step").asText(), node.path("why").asText(), node.path("remediation").asText(), node);
    }

    /**
     * The columns the rule reads in a snapshot: its {@code needs}, where {@code post:column} or
     * {@code pre:column} names a column needed on that side only.
     */
    List<String> needsOn(Snapshot snapshot) {
        List<String> columns = new ArrayList<>();
        for (String need : needs) {
            int colon = need.indexOf(':');
            if (colon < 0) {
                columns.add(need);
            } else if (need.startsWith(snapshot.id() + ":")) {
                columns.add(need.substring(colon + 1));
            }
        }
        return columns;
    }

    /** What the rule says, as outputs show it and runs keep it. */
    public RuleInfo info() {
        JsonNode definition = raw.get("definition");
        return new RuleInfo(id, severity, table, family, title, step, why, remediation,
                family.equals(DuplicateRule.FAMILY) && definition != null ? definition.toString() : null);
    }

    /** A family parameter as text. */
    public String param(String name) {
        JsonNode v = raw.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalStateException("rules.json: " + id + " has no '" + name + "'");
        }
        return v.asText();
    }

    public Optional<String> optionalParam(String name) {
        JsonNode v = raw.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    /** A family parameter that is a list of text. */
    public List<String> listParam(String name) {
        List<String> values = new ArrayList<>();
        raw.path(name).forEach(v -> values.add(v.asText()));
        return values;
    }

    public boolean flag(String name) {
        return raw.path(name).asBoolean(false);
    }

    /** The family variant the rule runs ({@code check}); {@link RuleReader} made sure it is one of {@code type}'s. */
    <E extends Enum<E>> E check(Class<E> type) {
        try {
            return StrictJson.choice(type, param(Families.CHECK), Families.CHECK);
        } catch (StrictJson.Invalid e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
    }
}
