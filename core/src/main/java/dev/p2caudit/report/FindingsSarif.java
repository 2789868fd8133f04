package dev.p2caudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.ToolVersion;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * An audit run as SARIF 2.1.0, the static-analysis results format that code-scanning views read
 * (GitHub code scanning, Azure DevOps' SARIF viewer, VS Code): one result per finding, located at
 * the export file and line of its record ({@link FindingPlaces}), waived findings as accepted
 * suppressions, and a fingerprint from the rule and business key, so an alert is tracked across
 * re-exports where its line moves. Written by Jackson's streaming generator.
 */
public final class FindingsSarif {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private FindingsSarif() {
    }

    /**
     * A run just audited, whose files' paths are known: named relative to {@code workingFolder}
     * where they lie below it (see {@link SarifArtifacts}).
     */
    public static void write(Path file, AuditFacts facts, Workspace ws, Catalogue catalogue,
                             Map<Snapshot, List<Path>> inputPaths, Path workingFolder) throws IOException {
        write(file, facts, ws, catalogue, SarifArtifacts.under(workingFolder, inputPaths));
    }

    /** A stored run, whose files are known by name only. */
    public static void write(Path file, AuditFacts facts, Workspace ws, Catalogue catalogue) throws IOException {
        write(file, facts, ws, catalogue, SarifArtifacts.byName());
    }

    private static void write(Path file, AuditFacts facts, Workspace ws, Catalogue catalogue, SarifArtifacts artifacts)
            throws IOException {
        SarifRules rules = new SarifRules(catalogue, facts, ws);
        OutputFiles.replace(file, out -> write(out, facts, ws, rules, artifacts));
    }

    private static void write(OutputStream out, AuditFacts facts, Workspace ws, SarifRules rules,
                              SarifArtifacts artifacts) throws IOException {
        // Not pretty-printed: a code-scanning upload has a size limit, and indentation would triple the file.
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json, facts, rules);
            invocation(json, facts, artifacts);
            SarifFiles files = new SarifFiles(facts.inputs(), artifacts);
            files.write(json);
            results(json, facts, ws, rules, files);
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void tool(JsonGenerator json, AuditFacts facts, SarifRules rules) throws IOException {
        ToolVersion tool = ToolVersion.parse(facts.toolVersion());
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "p2c-audit");
        json.writeStringField("fullName", "P2C Auditor " + tool.version() + " (commit " + tool.commit() + ", ruleset "
                + facts.run().rulesetVersion() + ")");
        json.writeStringField("version", tool.version());
        json.writeStringField("semanticVersion", tool.recorded());
        json.writeObjectFieldStart("properties");
        json.writeStringField("commit", tool.commit());
        json.writeStringField("rulesetVersion", facts.run().rulesetVersion());
        json.writeEndObject();
        rules.write(json);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void invocation(JsonGenerator json, AuditFacts facts, SarifArtifacts artifacts) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", facts.run().finishedAt() != null);
        if (facts.run().startedAt() != null) {
            json.writeStringField("startTimeUtc", facts.run().startedAt().toString());
        }
        if (facts.run().finishedAt() != null) {
            json.writeStringField("endTimeUtc", facts.run().finishedAt().toString());
        }
        if (artifacts.rootUri().isPresent()) {
            json.writeObjectFieldStart("workingDirectory");
            json.writeStringField("uri", artifacts.rootUri().get());
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeNumberField("run", facts.run().id());
        json.writeStringField("profile", facts.run().profile());
        json.writeStringField("failOn", facts.failOnText());
        json.writeStringField("verdict", facts.verdict());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (artifacts.rootUri().isPresent()) {
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SarifArtifacts.SOURCE_ROOT);
            json.writeStringField("uri", artifacts.rootUri().get());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void results(JsonGenerator json, AuditFacts facts, Workspace ws, SarifRules rules, SarifFiles files)
            throws IOException {
        FindingPlaces places = new FindingPlaces(ws, facts.run().id(), facts.inputs());
        json.writeArrayFieldStart("results");
        try {
            ws.findings().forEach(facts.run().id(), f -> result(json, f, rules, files, places.of(f)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
    }

    private static void result(JsonGenerator json, Finding f, SarifRules rules, SarifFiles files,
                               List<FindingPlaces.Place> places) {
        try {
            json.writeStartObject();
            json.writeStringField("ruleId", f.rule());
            json.writeNumberField("ruleIndex", rules.index(f.rule()));
            json.writeStringField("level", level(f.severity()));
            json.writeObjectFieldStart("message");
            json.writeStringField("text", f.message() == null || f.message().isBlank() ? f.rule() + " " + f.key()
                    : f.message());
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            if (!places.isEmpty()) {
                location(json, files, places.get(0), f, -1, null);
            }
            json.writeEndArray();
            if (places.size() > 1) {
                json.writeArrayFieldStart("relatedLocations");
                for (int i = 1; i < places.size(); i++) {
                    location(json, files, places.get(i), null, i, "another record of " + f.key());
                }
                json.writeEndArray();
            }
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField("p2cAuditFinding/v1", fingerprint(f));
            json.writeEndObject();
            if (f.waived()) {
                json.writeArrayFieldStart("suppressions");
                json.writeStartObject();
                json.writeStringField("kind", "external");
                json.writeStringField("status", "accepted");
                json.writeStringField("justification", f.waiverNote() == null ? "waived" : f.waiverNote());
                json.writeEndObject();
                json.writeEndArray();
            }
            properties(json, f);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The primary location also names the record logically: snapshot, table and business key. */
    private static void location(JsonGenerator json, SarifFiles files, FindingPlaces.Place place, Finding named, int id,
                                 String message) throws IOException {
        json.writeStartObject();
        if (id >= 0) {
            json.writeNumberField("id", id);
        }
        json.writeObjectFieldStart("physicalLocation");
        files.writeLocation(json, place.snapshot(), place.file());
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", place.line());
        json.writeEndObject();
        json.writeEndObject();
        if (named != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", named.key());
            json.writeStringField("fullyQualifiedName", (named.snapshot() == null ? "" : named.snapshot().id() + "/")
                    + (named.table() == null ? "" : named.table().id() + "/") + named.key());
            json.writeStringField("kind", "object");
            json.writeEndObject();
            json.writeEndArray();
        }
        if (message != null) {
            json.writeObjectFieldStart("message");
            json.writeStringField("text", message);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void properties(JsonGenerator json, Finding f) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("snapshot", f.snapshot() == null ? null : f.snapshot().id());
        json.writeStringField("table", f.table() == null ? null : f.table().id());
        json.writeStringField("key", f.key());
        FindingsJson.values(json, f.values());
        if (f.remediation() != null) {
            json.writeStringField("remediation", f.remediation());
        }
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Rule, snapshot, table and key: what stays the same when a re-export moves the record's line. */
    private static String fingerprint(Finding f) {
        String identity = String.join("\u0000", f.rule(), f.snapshot() == null ? "" : f.snapshot().id(),
                f.table() == null ? "" : f.table().id(), f.key());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
