package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps the catalogue it ran: the report and the JSON of a run with the organisation's
 * duplicate rules show their titles and texts, also when re-rendered after a run with other rules.
 */
class RunCatalogueTest {

    private static final String CITY = """
            {"rules": [{"id": "DUP-ACC-CITY", "table": "account", "title": "Accounts in the same city",
                        "conditions": [{"column": "city", "ignoreBlank": true}]}]}
            """;
    private static final String NAME = """
            {"rules": [{"id": "DUP-ACC-SAME-NAME", "table": "account",
                        "conditions": [{"column": "name", "ignoreBlank": true}]}]}
            """;

    @TempDir
    Path dir;
    private Path post;
    private Path workspace;

    @BeforeEach
    void exports() throws IOException {
        // Three accounts in one city, two of them with one name.
        post = Files.createDirectories(dir.resolve("post"));
        Files.copy(Path.of("core/src/test/resources/fixtures/duplicates/Account.csv"), post.resolve("Account.csv"));
        workspace = dir.resolve("audit");
    }

    @Test
    void theReportAndTheJsonOfARunWithItsOwnRulesShowTheirTitlesAndTexts() throws IOException {
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("findings.json");

        audit(CITY, "--html", html.toString(), "--json", json.toString());

        Element section = section(Jsoup.parse(html.toFile(), "UTF-8"), "DUP-ACC-CITY");
        assertThat(section.selectFirst("h3").text()).contains("DUP-ACC-CITY — Accounts in the same city");
        assertThat(section.select("dl.about dd")).hasSize(3).allSatisfy(dd -> assertThat(dd.text()).isNotBlank());
        assertThat(section.select("dl.about dd").get(0).text()).contains("becomes its own customer");

        JsonNode rule = rule(new ObjectMapper().readTree(json.toFile()), "DUP-ACC-CITY");
        assertThat(rule.get("title").asText()).isEqualTo("Accounts in the same city");
        assertThat(rule.get("why").asText()).contains("becomes its own customer");
        assertThat(rule.get("severity").asText()).isEqualTo("warning");
        assertThat(rule.get("definition").get("conditions").get(0).get("column").asText()).isEqualTo("city");
        assertThat(rule(new ObjectMapper().readTree(json.toFile()), "ORD-COUNTRY").has("definition")).isFalse();
    }

    @Test
    void aStoredRunIsReRenderedWithItsOwnCatalogueAfterARunWithOtherRules() throws IOException {
        audit(CITY);
        audit(NAME);

        Path first = dir.resolve("run1.html");
        CliRun report = CliRun.of("report", "--workspace", workspace.toString(), "--run", "1", "--html", first.toString());
        assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.OK);
        Document run1 = Jsoup.parse(first.toFile(), "UTF-8");
        assertThat(section(run1, "DUP-ACC-CITY").selectFirst("h3").text()).contains("Accounts in the same city");
        assertThat(run1.getElementById("rule-DUP-ACC-SAME-NAME")).isNull();

        Path second = dir.resolve("run2.html");
        assertThat(CliRun.of("report", "--workspace", workspace.toString(), "--html", second.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        Document run2 = Jsoup.parse(second.toFile(), "UTF-8");
        assertThat(section(run2, "DUP-ACC-SAME-NAME").selectFirst("h3").text())
                .contains("DUP-ACC-SAME-NAME — Accounts with the same name");
        assertThat(run2.getElementById("rule-DUP-ACC-CITY")).isNull();
    }

    @Test
    void aRunWithoutARuleFileKeepsTheDuplicateRulesOfTheWorkspacesLatestRun() throws IOException {
        Path json = dir.resolve("again.json");
        audit(CITY);
        String version = new ObjectMapper().readTree(runJson()).get("run").get("rulesetVersion").asText();

        CliRun again = CliRun.of("audit", "--post", post.toString(), "--workspace", workspace.toString(), "--json",
                json.toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("run").get("rulesetVersion").asText()).isEqualTo(version).contains("+dup-");
        assertThat(root.get("summary").get("byRule").has("DUP-ACC-CITY")).isTrue();
        assertThat(root.get("summary").get("byRule").has("DUP-ACC-NAME")).isFalse();
    }

    private String runJson() throws IOException {
        Path json = dir.resolve("latest.json");
        assertThat(CliRun.of("report", "--workspace", workspace.toString(), "--json", json.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        return Files.readString(json);
    }

    private void audit(String rules, String... outputs) throws IOException {
        Path file = Files.writeString(dir.resolve("rules-" + rules.hashCode() + ".json"), rules);
        String[] args = {"audit", "--post", post.toString(), "--workspace", workspace.toString(), "--duplicate-rules",
                file.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(outputs))
                .toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }

    private static Element section(Document html, String rule) {
        Element section = html.getElementById("rule-" + rule);
        assertThat(section).as(rule).isNotNull();
        return section;
    }

    private static JsonNode rule(JsonNode root, String id) {
        for (JsonNode rule : root.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in the JSON");
    }
}
