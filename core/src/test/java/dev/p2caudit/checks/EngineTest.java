package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path dir;

    private static final String ACCOUNTS = "Account Number,Company,Customer Group Id,Party Number\nA1,,10,A1\nA2,,10,A2\n";

    /** The catalogue is RULES.md's, rule for rule, in its order, with its default severities. */
    @Test
    void theCatalogueIsRulesMdsInItsOrderWithItsSeverities() {
        Map<String, Severity> spec = RulesSpec.rules();
        assertThat(spec).hasSize(66).containsEntry("QLN-ROUNDING-DELTA", Severity.INFO)
                .containsEntry("SCHEMA-MISSING", Severity.INFO).containsEntry("DUP-CON-PHONE", Severity.WARNING);
        Map<String, Severity> catalogue = new LinkedHashMap<>();
        Catalogue.standard().all().forEach(r -> catalogue.put(r.id(), r.severity()));
        assertThat(catalogue).containsExactlyEntriesOf(spec);
    }

    @Test
    void theRunIsStoredWithItsParametersAndRulesetVersion() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).run();

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            AuditRun run = ws.findings().run(audit.result.summary().runId()).orElseThrow();
            assertThat(run.rulesetVersion()).isEqualTo(Catalogue.standard().version());
            assertThat(run.toolVersion()).isEqualTo("test");
            assertThat(run.profile()).isEqualTo("defaults");
            assertThat(run.parameters()).containsEntry("moneyTolerance", "0.005").containsEntry("defaultCustomerGroup", "10");
            assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
            assertThat(ws.findings().count(run.id())).isEqualTo(audit.findings.size());
        }
    }

    @Test
    void aProfileDisablesChecksAndOverridesSeverities() throws IOException {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, "{\"disabled\": [\"ACC-CUSTOMER-IDLE\"], \"severity\": {\"ACC-COMPANY\": \"warning\"}}");

        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS)
                .profile(AuditProfile.read(file, Catalogue.standard())).run();

        assertThat(audit.one("ACC-COMPANY", "A1").severity()).isEqualTo(Severity.WARNING);
        assertThat(audit.result.summary().bySeverity().get(Severity.ERROR)).isZero();
    }

    @Test
    void aProfileWithATypoIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, "{\"parameters\": {\"moneyTolerence\": \"0.01\"}}");

        assertThatThrownBy(() -> AuditProfile.read(file, Catalogue.standard())).isInstanceOf(IOException.class)
                .hasMessageStartingWith("profile " + file + ": unknown parameter 'moneyTolerence'");
    }

    @Test
    void waivedFindingsAreListedButDoNotCountAndExpiredWaiversStopApplying() throws IOException {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, """
                [{"rule": "ACC-COMPANY", "key": "A1", "reason": "company set in F&O directly", "who": "J. Smith", "until": "2026-12-31"},
                 {"rule": "ACC-COMPANY", "key": "A2", "reason": "old", "who": "J. Smith", "until": "2026-01-31"}]
                """);
        Waivers waivers = Waivers.read(file, Catalogue.standard(), LocalDate.of(2026, 11, 21));

        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).waivers(waivers).run();

        Finding a1 = audit.one("ACC-COMPANY", "A1");
        assertThat(a1.waived()).isTrue();
        assertThat(a1.waiverNote()).isEqualTo("waived by J. Smith until 2026-12-31: company set in F&O directly");
        assertThat(audit.one("ACC-COMPANY", "A2").waived()).isFalse();
        assertThat(audit.result.summary().waived()).isEqualTo(1);
        assertThat(audit.result.summary().bySeverity().get(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void aWaiverForAnUnknownRuleIsRefused() throws IOException {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, "[{\"rule\": \"ACC-NOPE\", \"key\": \"A1\", \"reason\": \"r\", \"who\": \"w\", \"until\": \"2026-12-31\"}]");

        assertThatThrownBy(() -> Waivers.read(file, Catalogue.standard(), LocalDate.now()))
                .hasMessage("waivers " + file + ", entry 1: unknown rule 'ACC-NOPE'");
    }

    @Test
    void aListenerCancelsTheAuditAndThePartialRunIsRemoved() {
        AuditFixture fixture = new AuditFixture(dir).post("Account.csv", ACCOUNTS);

        assertThatThrownBy(() -> fixture.run((task, done, total) -> {
            if (task.equals("checking ACC-PARTY")) {
                throw new java.util.concurrent.CancellationException("cancelled by the user");
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertThat(ws.findings().runs()).isEmpty();
            assertThat(ws.imports().all()).hasSize(1);
        }
    }

    @Test
    void anInterruptedThreadDoesNotBreakTheWorkspace() {
        AuditFixture fixture = new AuditFixture(dir).post("Account.csv", ACCOUNTS);
        Thread.currentThread().interrupt();
        try {
            fixture.run();
        } finally {
            Thread.interrupted();
        }
        assertThat(fixture.keys("ACC-COMPANY")).containsExactlyInAnyOrder("A1", "A2");
    }

    @Test
    void theRunRecordsWhichRulesItCouldNotRunAndWhy() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Account.csv", "Account Number,Account Name\nA1,One\n")
                .post("Account.csv", "Account Number,Account Name,Company,Customer Group Id\nA1,One,USMF,10\n").run();

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertThat(RuleSkips.of(ws.findings().stats(audit.result.summary().runId())))
                    .extracting(s -> s.rule() + " " + s.snapshot().id() + ": " + s.reason())
                    .contains("ACC-COMPANY pre: the pre account export has no company column",
                            "ACC-PARTY post: the post account export has no party_number column",
                            "QUO-COMPANY post: no quote export in post", "QUO-COMPANY pre: no quote export in pre")
                    .doesNotContain("ACC-COMPANY post: the post account export has no company column");
        }
    }

    @Test
    void theRunRecordsRowsMoneyAndRelationshipTypesForItsCharts() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Account.csv", "Account Number,Relationship Type\nA1,Customer\nA2,Prospect\nA3,\n")
                .post("Account.csv", "Account Number,Relationship Type\nA1,Customer\nA2,Customer\n")
                .post("Order.csv", "Sales Order Number,Total Amount\nS1,10.50\nS2,4.25\n").run();

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertThat(ws.findings().stats(audit.result.summary().runId()))
                    .filteredOn(s -> !s.kind().equals(RuleSkips.KIND))
                    .extracting(s -> s.kind() + " " + s.snapshot().id() + " " + s.label() + " " + s.value().stripTrailingZeros()
                            .toPlainString())
                    .containsExactlyInAnyOrder("rows pre account 3", "rows post account 2", "rows post order 2",
                            "money post order 14.75", "relationship_type pre Customer 1", "relationship_type pre Prospect 1",
                            "relationship_type pre (empty) 1", "relationship_type post Customer 2");
        }
    }
}
