package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.p2caudit.cli.AuditRunner;
import dev.p2caudit.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sarif}: valid against the official SARIF 2.1.0 schema, one result per finding, each at
 * the export file and line of its record. The fixture's post accounts file has a record spanning
 * two lines (3-4), so a record's line is not its row number.
 */
class SarifOutputTest {

    private static final Path FIXTURE = Path.of("core/src/test/resources/fixtures/ci");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSampleAuditIsValidSarifWithOneResultPerFinding() throws IOException {
        Path sarif = dir.resolve("audit.sarif");
        Path json = dir.resolve("findings.json");

        int code = AuditRunner.run("audit", "--pre", "sample-data/pre", "--post", "sample-data/post", "--sarif",
                sarif.toString(), "--json", json.toString());

        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CiSchemas.sarifViolations(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif.toFile()).get("runs").get(0);
        JsonNode findings = JSON.readTree(json.toFile()).get("findings");
        assertThat(run.get("results")).hasSize(findings.size()).hasSizeGreaterThan(100);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode artifacts = run.get("artifacts");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            JsonNode artifact = artifacts.get(location.get("artifactLocation").get("index").asInt());
            assertThat(artifact.get("location").get("uri")).isEqualTo(location.get("artifactLocation").get("uri"));
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
        }
        assertThat(artifacts).hasSize(18);
    }

    @Test
    void eachFindingPointsAtTheLineOfItsRecord() throws IOException {
        JsonNode run = audit(FIXTURE).get("runs").get(0);
        String post = "core/src/test/resources/fixtures/ci/post/Accounts%20export.csv";
        String pre = "core/src/test/resources/fixtures/ci/pre/My%20Active%20Accounts.csv";

        assertThat(place(result(run, "ACC-COMPANY", "A-003"))).isEqualTo(post + ":5");
        assertThat(place(result(run, "INPUT-REJECTED", "Accounts export.csv:6"))).isEqualTo(post + ":6");
        assertThat(place(result(run, "REC-MISSING", "A-006"))).isEqualTo(pre + ":7");
        JsonNode duplicate = result(run, "ACC-NUMBER-DUP", "A-005");
        assertThat(place(duplicate)).isEqualTo(post + ":7");
        assertThat(duplicate.get("relatedLocations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(8);
        // A finding about the whole table points at its header line.
        assertThat(place(result(run, "REC-TOTALS", "account"))).isEqualTo(post + ":1");
        JsonNode location = result(run, "ACC-COMPANY", "A-003").get("locations").get(0);
        assertThat(location.get("physicalLocation").get("artifactLocation").get("uriBaseId").asText())
                .isEqualTo("%SRCROOT%");
        assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                .isEqualTo("post/account/A-003");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(Path.of("").toAbsolutePath().toUri().toString());
        assertThat(result(run, "ACC-COMPANY", "A-003").get("level").asText()).isEqualTo("error");
        assertThat(result(run, "SCHEMA-MISSING", "account.email").get("level").asText()).isEqualTo("note");
    }

    @Test
    void filesOutsideTheWorkingFolderAreNamedByAbsoluteUri() throws IOException {
        Path copy = copyFixture();

        JsonNode run = audit(copy).get("runs").get(0);

        JsonNode artifact = result(run, "ACC-COMPANY", "A-003").get("locations").get(0).get("physicalLocation")
                .get("artifactLocation");
        assertThat(artifact.get("uri").asText())
                .isEqualTo(copy.resolve("post/Accounts export.csv").toAbsolutePath().toUri().toString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void aWaivedFindingIsAnAcceptedSuppression() throws IOException {
        Path waivers = dir.resolve("waivers.json");
        Files.writeString(waivers, "[{\"rule\": \"ACC-COMPANY\", \"key\": \"A-003\", \"reason\": \"company set in F&O\","
                + " \"who\": \"A. Auditor\", \"until\": \"2999-12-31\"}]");

        JsonNode run = audit(FIXTURE, "--waivers", waivers.toString()).get("runs").get(0);

        JsonNode suppression = result(run, "ACC-COMPANY", "A-003").get("suppressions").get(0);
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText()).contains("A. Auditor", "company set in F&O");
        assertThat(result(run, "ACC-NUMBER-DUP", "A-005").has("suppressions")).isFalse();
    }

    @Test
    void theFingerprintStaysWhenAReExportMovesTheRecord() throws IOException {
        Path copy = copyFixture();
        JsonNode before = result(audit(copy).get("runs").get(0), "ACC-COMPANY", "A-003");
        Path accounts = copy.resolve("post/Accounts export.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(accounts, StandardCharsets.UTF_8));
        lines.add(1, "A-000,Zero Ltd,USMF,10,A-000,Customer,Tacoma");
        Files.write(accounts, lines, StandardCharsets.UTF_8);

        JsonNode after = result(audit(copy).get("runs").get(0), "ACC-COMPANY", "A-003");

        assertThat(place(after)).endsWith(":6");
        assertThat(place(before)).endsWith(":5");
        assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
    }

    @Test
    void aStoredRunNamesItsFilesRelativeToPreAndPost() throws IOException {
        Path workspace = dir.resolve("ws");
        audit(FIXTURE, "--workspace", workspace.toString());
        Path sarif = dir.resolve("stored.sarif");

        int code = AuditRunner.run("report", "--workspace", workspace.toString(), "--sarif", sarif.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(CiSchemas.sarifViolations(sarif)).isEmpty();
        JsonNode artifact = result(JSON.readTree(sarif.toFile()).get("runs").get(0), "ACC-COMPANY", "A-003")
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("Accounts%20export.csv");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("POST");
    }

    @Test
    void theSchemaCatchesWhatACodeScanningUploadWouldReject() throws IOException {
        ObjectNode log = (ObjectNode) audit(FIXTURE);
        ObjectNode artifact = (ObjectNode) log.get("runs").get(0).get("artifacts").get(0).get("location");
        artifact.put("uri", "post/Accounts export.csv");
        ObjectNode noVersion = log.deepCopy();
        noVersion.remove("version");

        assertThat(CiSchemas.sarifViolations(log)).anyMatch(v -> v.contains("uri"));
        assertThat(CiSchemas.sarifViolations(noVersion)).anyMatch(v -> v.contains("version"));
    }

    /** Audits {@code exports}/pre and /post with {@code --sarif} and returns the SARIF log, checked valid. */
    private JsonNode audit(Path exports, String... more) throws IOException {
        Path sarif = dir.resolve("out-" + System.nanoTime() + ".sarif");
        List<String> args = new ArrayList<>(List.of("audit", "--pre", exports.resolve("pre").toString(), "--post",
                exports.resolve("post").toString(), "--sarif", sarif.toString()));
        args.addAll(List.of(more));
        int code = AuditRunner.run(args.toArray(String[]::new));
        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CiSchemas.sarifViolations(sarif)).isEmpty();
        return JSON.readTree(sarif.toFile());
    }

    private Path copyFixture() throws IOException {
        Path copy = dir.resolve("exports");
        for (String side : List.of("pre", "post")) {
            Files.createDirectories(copy.resolve(side));
            try (var files = Files.list(FIXTURE.resolve(side))) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(side).resolve(f.getFileName().toString()));
                }
            }
        }
        return copy;
    }

    private static JsonNode result(JsonNode run, String rule, String key) {
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals(rule) && r.get("properties").get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no " + rule + " result for " + key);
    }

    private static String place(JsonNode result) {
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        return physical.get("artifactLocation").get("uri").asText() + ":" + physical.get("region").get("startLine").asInt();
    }
}
