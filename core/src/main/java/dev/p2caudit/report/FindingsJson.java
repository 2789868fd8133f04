package dev.p2caudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.ToolVersion;
import dev.p2caudit.store.FindingStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The findings JSON contract of {@code docs/findings-json.md}, written by Jackson's streaming
 * generator so a run with a hundred thousand findings never sits in memory twice.
 */
public final class FindingsJson {

    public static final int SCHEMA_VERSION = 1;

    private FindingsJson() {
    }

    public static void write(Path file, AuditFacts facts, FindingStore findings) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            tool(json, facts);
            run(json, facts);
            inputs(json, facts);
            summary(json, facts);
            rules(json, facts);
            json.writeArrayFieldStart("findings");
            try {
                findings.forEach(facts.run().id(), f -> finding(json, f));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void tool(JsonGenerator json, AuditFacts facts) throws IOException {
        json.writeObjectFieldStart("tool");
        ToolVersion tool = ToolVersion.parse(facts.toolVersion());
        json.writeStringField("name", "p2c-audit");
        json.writeStringField("version", tool.version());
        json.writeStringField("commit", tool.commit());
        json.writeEndObject();
    }

    private static void run(JsonGenerator json, AuditFacts facts) throws IOException {
        json.writeObjectFieldStart("run");
        json.writeNumberField("id", facts.run().id());
        json.writeStringField("startedAt", String.valueOf(facts.run().startedAt()));
        json.writeStringField("finishedAt", String.valueOf(facts.run().finishedAt()));
        ToolVersion tool = ToolVersion.parse(facts.run().toolVersion());
        json.writeStringField("toolVersion", tool.version());
        json.writeStringField("toolCommit", tool.commit());
        json.writeStringField("rulesetVersion", facts.run().rulesetVersion());
        json.writeStringField("profile", facts.run().profile());
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> p : facts.run().parameters().entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
        json.writeStringField("failOn", facts.failOnText());
        json.writeStringField("verdict", facts.verdict());
        json.writeEndObject();
    }

    private static void inputs(JsonGenerator json, AuditFacts facts) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (ImportRecord input : facts.inputs()) {
            json.writeStartObject();
            json.writeStringField("snapshot", input.snapshot().id());
            json.writeStringField("table", input.table().id());
            json.writeStringField("file", input.fileName());
            json.writeStringField("sha256", input.sha256());
            json.writeNumberField("rows", input.rowsLoaded());
            json.writeNumberField("rejected", input.rowsRejected());
            json.writeStringField("format", input.format());
            json.writeStringField("dialect", input.dialect().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("encoding", input.encoding());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, AuditFacts facts) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("total", facts.summary().total());
        json.writeNumberField("waived", facts.summary().waived());
        json.writeObjectFieldStart("bySeverity");
        for (Severity s : Severity.values()) {
            json.writeNumberField(s.id(), facts.summary().bySeverity().get(s));
        }
        json.writeEndObject();
        counts(json, "byRule", facts.summary().byRule());
        counts(json, "byTable", facts.summary().byTable());
        json.writeEndObject();
    }

    /** The catalogue the run used, so that a finding's rule reads the same later whatever rule file runs next. */
    private static void rules(JsonGenerator json, AuditFacts facts) throws IOException {
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : facts.catalogue().rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("title", rule.title());
            json.writeStringField("severity", rule.severity().id());
            json.writeStringField("table", rule.table() == null ? null : rule.table().id());
            json.writeStringField("step", rule.step());
            json.writeStringField("why", rule.why());
            json.writeStringField("remediation", rule.remediation());
            if (rule.definition() != null) {
                json.writeFieldName("definition");
                json.writeRawValue(rule.definition());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void counts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            json.writeNumberField(c.getKey(), c.getValue());
        }
        json.writeEndObject();
    }

    /** A finding's values by column, {@code pre} and/or {@code post} as read (shared with the SARIF). */
    static void values(JsonGenerator json, Map<String, FindingValue> values) throws IOException {
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, FindingValue> v : values.entrySet()) {
            json.writeObjectFieldStart(v.getKey());
            if (v.getValue().pre() != null) {
                json.writeStringField("pre", v.getValue().pre());
            }
            if (v.getValue().post() != null) {
                json.writeStringField("post", v.getValue().post());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Finding f) {
        try {
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("severity", f.severity().id());
            json.writeStringField("table", f.table() == null ? null : f.table().id());
            json.writeStringField("snapshot", f.snapshot() == null ? null : f.snapshot().id());
            json.writeStringField("key", f.key());
            json.writeStringField("message", f.message());
            values(json, f.values());
            json.writeStringField("remediation", f.remediation());
            json.writeBooleanField("waived", f.waived());
            if (f.waiverNote() != null) {
                json.writeStringField("waiver", f.waiverNote());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
