package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.cli.AuditRunner;
import dev.p2caudit.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code --junit}: valid against the JUnit XSD of Jenkins' xUnit plugin, one test case per rule
 * and snapshot, failed by unwaived findings at or above {@code --fail-on}, skipped where the rule
 * did not run, the findings' keys and messages in the failure text, capped with a count.
 */
class JunitOutputTest {

    private static final Path FIXTURE = Path.of("core/src/test/resources/fixtures/ci");

    @TempDir
    Path dir;

    @Test
    void theSampleAuditHasOneTestCasePerRuleAndSnapshotFailedByItsErrors() throws Exception {
        Path xml = dir.resolve("junit.xml");
        Path json = dir.resolve("findings.json");

        int code = AuditRunner.run("audit", "--pre", "sample-data/pre", "--post", "sample-data/post", "--junit",
                xml.toString(), "--json", json.toString());

        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CiSchemas.junitViolations(xml)).isEmpty();
        Document doc = parse(xml);
        int expected = Catalogue.standard().all().stream().mapToInt(r -> r.snapshots().size()).sum();
        assertThat(cases(doc)).hasSize(expected);
        Set<String> failing = new HashSet<>();
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("findings")) {
            if (f.get("severity").asText().equals("error") && !f.get("waived").asBoolean()) {
                failing.add(f.get("rule").asText() + "|" + f.get("snapshot").asText());
            }
        }
        Set<String> failed = new HashSet<>();
        for (Element c : cases(doc)) {
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("name").split(":")[0] + "|" + c.getAttribute("classname").split("\\.")[1]);
            }
        }
        assertThat(failed).isEqualTo(failing).isNotEmpty();
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(expected));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failing.size()));
    }

    @Test
    void aFailedRuleNamesItsFindingsAndASkippedOneSaysWhy() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"disabled\": [\"ACC-FINDIM\"]}");

        Document doc = parse(audit(FIXTURE, "--profile", profile.toString()));

        Element company = testcase(doc, "post", "ACC-COMPANY");
        Element failure = (Element) company.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("ERROR");
        assertThat(failure.getAttribute("message")).isEqualTo("1 unwaived finding at or above --fail-on error");
        assertThat(failure.getTextContent()).contains("ERROR A-003: Account A-003 has no Company",
                "What to do: Fill Company");
        assertThat(company.getAttribute("classname")).isEqualTo("p2c-audit.post.account");
        assertThat(skipped(testcase(doc, "pre", "ACC-COMPANY"))).isEqualTo("the pre account export has no company column");
        assertThat(skipped(testcase(doc, "post", "ACC-FINDIM"))).isEqualTo("disabled by the profile");
        assertThat(skipped(testcase(doc, "post", "ORD-COMPANY"))).isEqualTo("no order export in post");
        Element changed = testcase(doc, "post", "REC-CHANGED");
        assertThat(changed.getElementsByTagName("failure").getLength()).isZero();
        assertThat(changed.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("1 finding below --fail-on error or waived", "WARNING A-002");
    }

    @Test
    void failOnDecidesWhatFails() throws Exception {
        Document never = parse(audit(FIXTURE, "--fail-on", "never"));
        Document warning = parse(audit(FIXTURE, "--fail-on", "warning"));

        assertThat(never.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(testcase(never, "post", "ACC-COMPANY").getElementsByTagName("system-out").item(0).getTextContent())
                .contains("A-003");
        assertThat(testcase(warning, "post", "REC-CHANGED").getElementsByTagName("failure").getLength()).isOne();
    }

    @Test
    void aWaivedFindingDoesNotFailItsRule() throws Exception {
        Path waivers = dir.resolve("waivers.json");
        Files.writeString(waivers, "[{\"rule\": \"ACC-COMPANY\", \"key\": \"A-003\", \"reason\": \"company set in F&O\","
                + " \"who\": \"A. Auditor\", \"until\": \"2999-12-31\"}]");

        Element company = testcase(parse(audit(FIXTURE, "--waivers", waivers.toString())), "post", "ACC-COMPANY");

        assertThat(company.getElementsByTagName("failure").getLength()).isZero();
        assertThat(company.getElementsByTagName("system-out").item(0).getTextContent()).contains("A-003", "A. Auditor");
    }

    @Test
    void aLongListIsCappedWithACountOfTheRest() throws Exception {
        Path exports = dir.resolve("many");
        Files.createDirectories(exports.resolve("post"));
        StringBuilder csv = new StringBuilder("Account Number,Account Name,Company,Customer Group Id,Party Number\r\n");
        for (int i = 1; i <= 60; i++) {
            String number = String.format("B-%03d", i);
            // A control character no XML document may hold, as exports sometimes carry.
            csv.append(number).append(",Name \u0001").append(i).append(",,10,").append(number).append("\r\n");
        }
        Files.writeString(exports.resolve("post/Accounts.csv"), csv);

        Path xml = audit(exports);

        Element failure = (Element) testcase(parse(xml), "post", "ACC-COMPANY").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("60 unwaived findings");
        assertThat(failure.getTextContent().lines().filter(l -> l.startsWith("ERROR B-"))).hasSize(RuleOutcomes.LISTED);
        assertThat(failure.getTextContent()).contains("… and 10 more (60 in all");
    }

    @Test
    void aStoredRunGivesTheSameXml() throws Exception {
        Path workspace = dir.resolve("ws");
        Path audited = audit(FIXTURE, "--workspace", workspace.toString());
        Path reported = dir.resolve("reported.xml");

        int code = AuditRunner.run("report", "--workspace", workspace.toString(), "--junit", reported.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(reported)).isEqualTo(Files.readString(audited));
    }

    @Test
    void theXsdCatchesATestCaseWithoutAName() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase classname=\"c\"/></testsuite></testsuites>");

        assertThat(CiSchemas.junitViolations(bad)).anyMatch(v -> v.contains("name"));
    }

    /** Audits {@code exports} with {@code --junit} and returns the file, checked valid. */
    private Path audit(Path exports, String... more) throws IOException {
        Path xml = dir.resolve("junit-" + System.nanoTime() + ".xml");
        List<String> args = new ArrayList<>(List.of("audit", "--post", exports.resolve("post").toString(), "--junit",
                xml.toString()));
        if (Files.isDirectory(exports.resolve("pre"))) {
            args.addAll(List.of("--pre", exports.resolve("pre").toString()));
        }
        args.addAll(List.of(more));
        int code = AuditRunner.run(args.toArray(String[]::new));
        assertThat(code).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(CiSchemas.junitViolations(xml)).isEmpty();
        return xml;
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    private static List<Element> cases(Document doc) {
        NodeList nodes = doc.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private static Element testcase(Document doc, String snapshot, String rule) {
        String title = Catalogue.standard().find(rule).map(RuleDef::title).orElseThrow();
        return cases(doc).stream().filter(c -> c.getAttribute("name").equals(rule + ": " + title)
                && c.getAttribute("classname").startsWith("p2c-audit." + snapshot + ".")).findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + rule + " on " + snapshot));
    }

    private static String skipped(Element testcase) {
        NodeList skipped = testcase.getElementsByTagName("skipped");
        assertThat(skipped.getLength()).as(testcase.getAttribute("name") + " skipped").isOne();
        return ((Element) skipped.item(0)).getAttribute("message");
    }
}
