package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run keeps its catalogue in the workspace; a workspace from before that is brought up to date. */
class RunCatalogueStoreTest {

    private static final String ACCOUNTS = "Account Number,Company,Customer Group Id,Party Number\nA1,,10,A1\n";

    @TempDir
    Path dir;

    @Test
    void aRunKeepsEveryRuleOfItsCatalogueInOrderWithItsTexts() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).run();

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            AuditRun run = ws.findings().run(audit.result.summary().runId()).orElseThrow();
            RunCatalogue kept = RunCatalogues.of(ws, run);
            assertThat(kept).isEqualTo(new RunCatalogue(run.rulesetVersion(), Catalogue.standard().describe().rules()));
            RuleInfo company = kept.find("ACC-COMPANY").orElseThrow();
            assertThat(company.title()).isEqualTo("Account without Company");
            assertThat(company.why()).isNotBlank();
            assertThat(company.definition()).isNull();
            assertThat(kept.find("DUP-ACC-NAME").orElseThrow().definition()).contains("\"column\":\"name\"");
        }
    }

    @Test
    void aWorkspaceOfSchemaOneIsUpgradedAndItsOldRunsShowTheStandardCatalogue() throws Exception {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).run();
        long runId = audit.result.summary().runId();
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            // As a workspace written by the previous version: no audit_run_rule, schema version 1.
            ws.sql().execute("DROP TABLE audit_run_rule");
            ws.sql().execute("MERGE INTO ws_meta KEY(k) VALUES ('schema_version', '1')");
        }

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertThat(ws.sql().query("SELECT v FROM ws_meta WHERE k = 'schema_version'", List.of()).get(0).text("v"))
                    .isEqualTo("2");
            assertThat(ws.runRules().of(runId)).isEmpty();
            AuditRun run = ws.findings().run(runId).orElseThrow();
            assertThat(RunCatalogues.of(ws, run).find("ACC-COMPANY").orElseThrow().title())
                    .isEqualTo("Account without Company");
            assertThat(AuditService.catalogue(ws, null).version()).isEqualTo(Catalogue.standard().version());
        }
    }

    @Test
    void aCancelledRunLeavesNoCatalogueBehind() {
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            long runId = ws.findings().startRun("test", "v", "defaults", java.util.Map.of());
            ws.runRules().record(runId, Catalogue.standard().describe().rules());
            ws.findings().deleteRun(runId);
            assertThat(ws.runRules().of(runId)).isEmpty();
        }
    }
}
