package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code p2c-audit audit --duplicate-rules FILE}: the organisation's rules instead of the default set. */
class DuplicateRulesOptionTest {

    @TempDir
    Path dir;
    private Path post;

    @BeforeEach
    void exports() throws IOException {
        // Three accounts in one city, two of them with one name.
        post = Files.createDirectories(dir.resolve("post"));
        Files.copy(Path.of("core/src/test/resources/fixtures/duplicates/Account.csv"), post.resolve("Account.csv"));
    }

    @Test
    void theFileReplacesTheDefaultRules() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"rules": [{"id": "DUP-ACC-CITY", "table": "account", "title": "Accounts in the same city",
                            "conditions": [{"column": "city", "ignoreBlank": true}]}]}
                """);
        Path json = dir.resolve("findings.json");

        CliRun run = CliRun.of("audit", "--post", post.toString(), "--duplicate-rules", rules.toString(), "--json",
                json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> duplicateFindings = new ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("rule").asText().startsWith("DUP-")) {
                duplicateFindings.add(f.get("rule").asText() + " " + f.get("key").asText());
            }
        });
        assertThat(duplicateFindings).containsExactly("DUP-ACC-CITY A1+A2+A3");
        assertThat(root.get("run").get("rulesetVersion").asText()).contains("+dup-");
    }

    @Test
    void aBrokenFileExits3WithOneLineNamingIt() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": [{\"id\": \"DUP-ACC-X\", \"table\": \"account\","
                + " \"conditions\": [{\"column\": \"town\"}]}]}");

        CliRun run = CliRun.of("audit", "--post", post.toString(), "--duplicate-rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith("p2c-audit: duplicate rules " + rules + ": rule 1: DUP-ACC-X: condition 1:"
                + " unknown column 'town' of table account");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
