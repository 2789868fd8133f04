package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // A workspace the version before runs kept their rules wrote (fixtures/legacy): run 1, 145 findings.
        Path old = dir.resolve("old" + Workspace.SUFFIX);
        Files.copy(Path.of("core/src/test/resources/fixtures/legacy/h2-workspace-v1.mv.db"), old);

        try (Workspace ws = Workspace.open(old)) {
            AuditRun run = ws.findings().run(1).orElseThrow();
            assertThat(ws.runRules().of(run.id())).isEmpty();
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
