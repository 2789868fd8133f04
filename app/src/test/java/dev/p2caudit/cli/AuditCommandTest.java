package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;
    private Path pre;
    private Path post;

    @BeforeEach
    void exports() throws IOException {
        pre = Files.createDirectories(dir.resolve("pre"));
        post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(pre.resolve("Account.csv"), "Account Number,Account Name\nA1,One\nA2,Two\n");
        Files.writeString(post.resolve("Account.csv"), "Account Number,Account Name,Company,Customer Group Id,Party Number,"
                + "Relationship Type\nA1,One,USMF,10,A1,Customer\nA2,Two,USMF,10,A2,Customer\n");
    }

    @Test
    void cleanDataExits0() {
        CliRun run = CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Verdict: PASS (fail on error)");
    }

    @Test
    void findingsAtOrAboveFailOnExit1AndBelowItExit0() throws IOException {
        Files.writeString(post.resolve("Account.csv"), "Account Number,Account Name,Company,Customer Group Id,Party Number\n"
                + "A1,One,,10,A1\nA2,Two,USMF,10,X\n");

        CliRun onError = CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString());
        CliRun never = CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString(), "--fail-on", "never");

        assertThat(onError.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(onError.out()).contains("Verdict: FAIL (fail on error)").containsPattern("ERROR +ACC-COMPANY +post +A1");
        assertThat(never.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws IOException {
        Files.writeString(post.resolve("Account.csv"), "Account Number,Account Name,Company,Customer Group Id,Party Number\n"
                + "A1,One,USMF,10,X\nA2,Two,USMF,10,A2\n");

        assertThat(CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString(), "--fail-on", "warning").exitCode())
                .isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void usageErrorsExit2() {
        assertThat(CliRun.of("audit", "--fail-on", "sometimes", "--pre", pre.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("audit").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnreadableInputExits3() throws IOException {
        Files.writeString(post.resolve("mystery.csv"), "alpha,beta\n1,2\n");

        CliRun run = CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains("NOT LOADED");
        assertThat(CliRun.of("audit", "--pre", dir.resolve("nowhere").toString()).exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void aBadProfileExits3NamingTheFile() throws IOException {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{not json");

        CliRun run = CliRun.of("audit", "--pre", pre.toString(), "--profile", profile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith("p2c-audit: profile " + profile + " is not valid JSON");
    }

    @Test
    void theJsonFollowsTheDocumentedContract() throws IOException {
        Files.writeString(post.resolve("Account.csv"), "Account Number,Account Name,Company,Customer Group Id,Party Number\n"
                + "A1,One,,10,A1\nA2,Two,USMF,10,A2\n");
        Path json = dir.resolve("out/findings.json");

        CliRun run = CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString(), "--json", json.toString(),
                "--workspace", dir.resolve("ws").toString());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("tool").get("name").asText()).isEqualTo("p2c-audit");
        assertThat(root.get("run").get("verdict").asText()).isEqualTo("fail");
        assertThat(root.get("run").get("rulesetVersion").asText()).isNotBlank();
        assertThat(root.get("inputs")).hasSize(2);
        JsonNode input = root.get("inputs").get(0);
        for (String field : new String[] {"snapshot", "table", "file", "sha256", "rows", "rejected"}) {
            assertThat(input.has(field)).as(field).isTrue();
        }
        assertThat(root.get("summary").get("bySeverity").get("error").asLong()).isPositive();
        JsonNode company = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("rule").asText().equals("ACC-COMPANY")) {
                company = f;
            }
        }
        assertThat(company).isNotNull();
        assertThat(company.get("severity").asText()).isEqualTo("error");
        assertThat(company.get("table").asText()).isEqualTo("account");
        assertThat(company.get("snapshot").asText()).isEqualTo("post");
        assertThat(company.get("key").asText()).isEqualTo("A1");
        assertThat(company.get("values").get("company").get("post").asText()).isEmpty();
        assertThat(company.get("remediation").asText()).isNotBlank();
        assertThat(company.get("waived").asBoolean()).isFalse();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aKeptWorkspaceReusesUnchangedFilesAndDropsFilesNoLongerNamed() throws IOException {
        Path ws = dir.resolve("ws");
        CliRun.of("audit", "--pre", pre.toString(), "--post", post.toString(), "--workspace", ws.toString());

        CliRun again = CliRun.of("audit", "--post", post.toString(), "--workspace", ws.toString());

        assertThat(again.out()).contains("(unchanged, reused)");
        try (var workspace = dev.p2caudit.store.Workspace.open(ws)) {
            assertThat(workspace.imports().all()).extracting(r -> r.snapshot().id()).containsExactly("post");
            assertThat(workspace.findings().runs()).hasSize(2);
        }
    }

    @Test
    void theProfilesDateOrderDecidesAnAmbiguousColumnAndTheOptionWinsOverIt() throws IOException {
        Files.writeString(post.resolve("Order.csv"), "Order ID,Requested Receipt Date\nORD-1,04/03/2020\n");
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"parameters\": {\"dateOrder\": \"day-first\"}}");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"parameters\": {\"dateOrder\": \"sideways\"}}");

        CliRun byProfile = CliRun.of("audit", "--post", post.toString(), "--profile", profile.toString());
        CliRun byOption = CliRun.of("audit", "--post", post.toString(), "--profile", profile.toString(),
                "--date-order", "month-first");
        CliRun refused = CliRun.of("audit", "--post", post.toString(), "--profile", typo.toString());

        assertThat(byProfile.out()).contains("Requested Receipt Date: ambiguous: every value fits both orders"
                + " (04/03/2020 on line 2); chose day-first as the profile's dateOrder says");
        assertThat(byOption.out()).contains("chose month-first as --date-order says");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(refused.err()).contains("dateOrder 'sideways' is not day-first or month-first");
    }
}
