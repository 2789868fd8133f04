package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * A duplicate detection rule as Dynamics publishes them: a base table and conditions that must all
 * hold; matching case-insensitive unless {@code caseSensitive}; inactive records left out when
 * {@code excludeInactive}. The file format is in docs/duplicates.md.
 */
record DuplicateRule(String id, TableKind table, String title, List<DuplicateCondition> conditions,
                     boolean caseSensitive, boolean excludeInactive, JsonNode definition) {

    static final String FAMILY = "duplicate";
    /** The fuzzy rules read the groups of these rules, so they come after them in the catalogue. */
    static final String FUZZY_FAMILY = "duplicate-fuzzy";

    private static final String STEP = "Step 7 disables every duplicate detection rule before the bootstrap: "
            + "merge duplicates before step 7 (pre) or now (post), because nothing stops them afterwards.";
    private static final String WHY = "Each record becomes its own customer or contact in F&O; a duplicate "
            + "splits the customer's orders, invoices and balance over two records.";
    private static final String REMEDIATION = "Merge the records in Sales, keeping the suggested survivor, or "
            + "waive the group if they are genuinely different.";

    /** The catalogue entry of this rule: WARNING, on post and on pre, needing its columns. */
    RuleDef toRuleDef() {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("id", id).put("severity", "WARNING").put("table", table.id()).put("family", FAMILY)
                .put("snapshots", "post+pre").put("title", title).put("step", STEP).put("why", WHY)
                .put("remediation", REMEDIATION);
        ArrayNode needs = node.putArray("needs");
        conditions.stream().map(DuplicateCondition::column).distinct().forEach(needs::add);
        if (excludeInactive) {
            needs.add("status");
        }
        node.set("definition", definition);
        try {
            return RuleReader.read(node);
        } catch (StrictJson.Invalid e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
    }

    /** The rule behind a catalogue entry made by {@link #toRuleDef}. */
    static DuplicateRule of(RuleDef rule) {
        try {
            return DuplicateRuleReader.parse(rule.raw().get("definition"));
        } catch (StrictJson.Invalid e) {
            throw new IllegalStateException(rule.id() + ": " + e.getMessage(), e);
        }
    }
}
