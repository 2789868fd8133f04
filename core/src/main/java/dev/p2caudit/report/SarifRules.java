package dev.p2caudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The run's rules, in catalogue order, with each one's index for the results. */
final class SarifRules {
    private final Map<String, RuleDef> defs = new LinkedHashMap<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Set<String> disabled;
    private final AuditFacts facts;

    SarifRules(Catalogue catalogue, AuditFacts facts, Workspace ws) {
        this.facts = facts;
        this.disabled = facts.disabledRules();
        catalogue.all().forEach(r -> add(r.id(), r));
        ws.findings().counts(facts.run().id()).forEach(c -> add(c.rule(), catalogue.find(c.rule()).orElse(null)));
    }

    private void add(String id, RuleDef def) {
        if (!index.containsKey(id)) {
            index.put(id, index.size());
            defs.put(id, def);
        }
    }

    int index(String rule) {
        return index.get(rule);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("rules");
        for (Map.Entry<String, RuleDef> e : defs.entrySet()) {
            RuleDef def = e.getValue();
            json.writeStartObject();
            json.writeStringField("id", e.getKey());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", def == null || def.title().isBlank() ? e.getKey() : def.title());
            json.writeEndObject();
            if (def != null && !def.why().isBlank()) {
                json.writeObjectFieldStart("fullDescription");
                json.writeStringField("text", def.why());
                json.writeEndObject();
            }
            if (def != null && !(def.step() + def.remediation()).isBlank()) {
                json.writeObjectFieldStart("help");
                json.writeStringField("text", (def.step() + "\n\n" + def.remediation()).strip());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeBooleanField("enabled", !disabled.contains(e.getKey()));
            json.writeStringField("level", FindingsSarif.level(facts.severityOf(e.getKey(), def != null ? def.severity()
                    : Severity.WARNING)));
            json.writeEndObject();
            if (def != null) {
                json.writeObjectFieldStart("properties");
                json.writeArrayFieldStart("tags");
                json.writeString("dynamics-365");
                json.writeString(def.table() == null ? def.family() : def.table().id());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
