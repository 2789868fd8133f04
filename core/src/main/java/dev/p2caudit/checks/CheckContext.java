package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportLog;
import dev.p2caudit.store.Sql;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Rule id and snapshot → the imports whose rows the rule skips (their file lacks a column it reads). */
    private final Map<String, Set<Long>> skippedFiles = new ConcurrentHashMap<>();

    void skipFiles(RuleDef rule, Snapshot snapshot, Set<Long> imports) {
        skippedFiles.put(rule.id() + "@" + snapshot.id(), imports);
    }

    /**
     * {@link Keys#from} for a rule: without the rows of the files that lack a column the rule
     * reads (AuditEngine notes them as SCHEMA-MISSING per file).
     */
    String from(RuleDef rule, Snapshot snapshot) {
        Set<Long> skipped = new TreeSet<>(skippedFiles.getOrDefault(rule.id() + "@" + snapshot.id(), Set.of()));
        // A rule that does not hold for one dialect's exports (ACC-PARTY on F&O's own party numbers).
        rule.optionalParam(Families.NOT_FROM_DIALECT).ifPresent(dialect -> availability.files(snapshot, rule.table())
                .stream().filter(f -> StrictJson.id(f.dialect()).equals(dialect.trim().toLowerCase(Locale.ROOT)))
                .forEach(f -> skipped.add(f.importId())));
        return keys.from(snapshot, rule.table(), skipped);
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
        reportTemplated(rule, table, snapshot, key, texts, "");
    }

    /** {@link #reportTemplated}, the message followed by {@code suffix} (such as the record's company). */
    void reportTemplated(RuleDef rule, TableKind table, Snapshot snapshot, String key, Map<String, String> texts,
                         String suffix) {
        Map<String, String> substitutions = new LinkedHashMap<>(texts);
        substitutions.put("key", key);
        String first = texts.isEmpty() ? "x" : texts.values().iterator().next();
        String template = first.isEmpty() ? rule.optionalParam("emptyMessage").orElse(rule.param("message"))
                : rule.param("message");
        String message = new StringSubstitutor(substitutions).replace(template) + suffix;
        Map<String, FindingValue> values = new LinkedHashMap<>();
        texts.forEach((column, text) -> values.put(column, FindingValue.of(snapshot, text)));
        report(rule, table, snapshot, key, message, values);
    }
}
