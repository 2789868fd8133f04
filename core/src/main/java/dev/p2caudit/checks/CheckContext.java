package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportLog;
import dev.p2caudit.store.Sql;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/** What a check family works with during one audit run. */
final class CheckContext {

    final Sql sql;
    final AuditProfile profile;
    final Availability availability;
    final Keys keys;
    final Pairings pairings;
    final TempTables temp;
    final SchemaGaps gaps = new SchemaGaps();
    final RuleSkips skips = new RuleSkips();
    final ImportLog imports;
    private final FindingSink sink;

    CheckContext(Sql sql, AuditProfile profile, Availability availability, TempTables temp, FindingSink sink,
                 ImportLog imports) {
        this.sql = sql;
        this.imports = imports;
        this.profile = profile;
        this.availability = availability;
        this.temp = temp;
        this.keys = new Keys(temp, availability);
        this.pairings = new Pairings(this);
        this.sink = sink;
    }

    void report(RuleDef rule, TableKind table, Snapshot snapshot, String key, String message,
                Map<String, FindingValue> values) {
        sink.report(rule, table, snapshot, key, message, values);
    }

    /**
     * Reports a finding whose message is the rule's template filled with the key and values; the
     * rule's {@code emptyMessage}, when it has one, says it better when the first value is empty.
     */
    void reportTemplated(RuleDef rule, TableKind table, Snapshot snapshot, String key, Map<String, String> texts) {
        Map<String, String> substitutions = new LinkedHashMap<>(texts);
        substitutions.put("key", key);
        String first = texts.isEmpty() ? "x" : texts.values().iterator().next();
        String template = first.isEmpty() ? rule.optionalParam("emptyMessage").orElse(rule.param("message"))
                : rule.param("message");
        String message = new StringSubstitutor(substitutions).replace(template);
        Map<String, FindingValue> values = new LinkedHashMap<>();
        texts.forEach((column, text) -> values.put(column, FindingValue.of(snapshot, text)));
        report(rule, table, snapshot, key, message, values);
    }
}
