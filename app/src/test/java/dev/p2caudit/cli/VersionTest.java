package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.ingest.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version}: the version, the ruleset and the commit the build was made from, the same the
 * HTML report and the JSON carry. The commit is checked against git itself; a build outside git
 * says "unknown" (the pom's commit step), and so must this test expect then.
 */
class VersionTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheReleaseTheRulesetAndTheCommit() throws Exception {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).startsWith("p2c-audit " + Version.build().version(),
                "ruleset " + Catalogue.standard().version(), "commit " + headCommit());
        assertThat(run.out()).contains("java " + System.getProperty("java.version"));
        assertThat(Version.build().version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void theReportAndTheJsonCarryTheSameVersionAndCommit() throws IOException, InterruptedException {
        Path post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(post.resolve("Account.csv"), "Account Number,Company\nA1,\n");
        Path json = dir.resolve("f.json");
        Path html = dir.resolve("r.html");

        CliRun.of("audit", "--post", post.toString(), "--json", json.toString(), "--html", html.toString());

        String commit = headCommit();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("tool").get("version").asText()).isEqualTo(Version.build().version());
        assertThat(root.get("tool").get("commit").asText()).isEqualTo(commit);
        assertThat(root.get("run").get("toolVersion").asText()).isEqualTo(Version.build().version());
        assertThat(root.get("run").get("toolCommit").asText()).isEqualTo(commit);
        assertThat(root.get("run").get("rulesetVersion").asText()).isEqualTo(Catalogue.standard().version());
        assertThat(Jsoup.parse(html.toFile()).select("header p.meta").text()).contains("p2c-audit "
                + Version.build().version() + " (commit " + commit + ") · ruleset " + Catalogue.standard().version());
    }

    /** The checkout's commit as git says it (12 digits, as the build records it), or "unknown" outside git. */
    private static String headCommit() throws IOException, InterruptedException {
        Process git;
        try {
            git = new ProcessBuilder(List.of("git", "rev-parse", "HEAD")).redirectErrorStream(true).start();
        } catch (IOException noGit) {
            return "unknown";
        }
        String out = ChildJvm.outputOf(git, 30).strip();
        return git.exitValue() == 0 ? out.substring(0, 12) : "unknown";
    }
}
