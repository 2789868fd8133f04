package dev.p2caudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.checks.AuditService;
import dev.p2caudit.cli.P2cAuditCommand;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.store.WaiverStore.StoredWaiver;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.rules.ProfileDocument;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.session.AuditSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code p2c-audit audit --workspace W} and the desktop app audit one workspace the same way: the
 * same files, the waiver and the rules screen's profile stored in W give the same findings, waived
 * alike, under the same parameters.
 */
class OneAuditPathTest {

    private static final Path PRE = Path.of("sample-data/pre");
    private static final Path POST = Path.of("sample-data/post");

    @TempDir
    Path dir;

    @Test
    void theCommandLineAndTheDesktopAppGiveTheSameFindingsAndWaivers() throws Exception {
        Path workspace = dir.resolve("audit");
        cli("audit", "--pre", PRE.toString(), "--post", POST.toString(), "--workspace", workspace.toString(),
                "--fail-on", "never");
        Finding accepted;
        try (Workspace ws = Workspace.open(workspace)) {
            long first = ws.findings().runs().get(0).id();
            accepted = ws.findings().page(first, FindingFilter.rule("ORD-COUNTRY"), dev.p2caudit.store.FindingSort.DEFAULT,
                    0, 1).get(0);
            // What the findings screen and the rules screen keep in the workspace.
            ws.waivers().waive(first, new StoredWaiver(accepted.rule(), accepted.key(), "value map extended", "A. Auditor",
                    LocalDate.now().plusDays(30)), "waived");
            ws.settings().put(AuditSettings.PROFILE, new ProfileDocument(Map.of("moneyTolerance", "0.01"),
                    Set.of("ACC-CUSTOMER-IDLE"), Map.of("ORD-TYPE", Severity.WARNING)).toJson());
        }

        String printed = cli("audit", "--pre", PRE.toString(), "--post", POST.toString(), "--workspace",
                workspace.toString(), "--fail-on", "never");
        assertThat(printed).contains("Profile: " + AuditService.STORED_PROFILE);
        AuditRun desktop;
        try (AuditSession session = AuditSession.open(workspace)) {
            desktop = new AuditJob("test").importAndAudit(session, new AuditJob.Inputs(Map.of(Snapshot.PRE, List.of(PRE),
                    Snapshot.POST, List.of(POST)), Map.of()), (task, done, total) -> { }, files -> { }).run();
        }

        try (Workspace ws = Workspace.open(workspace)) {
            AuditRun cli = ws.findings().run(desktop.id() - 1).orElseThrow();
            List<Finding> byCli = findings(ws, cli.id());
            List<Finding> byDesktop = findings(ws, desktop.id());
            assertThat(byDesktop).isNotEmpty().containsExactlyElementsOf(byCli);

            // A waiver covers its rule and key, on either snapshot.
            assertThat(byCli).filteredOn(Finding::waived).isNotEmpty()
                    .allMatch(f -> f.rule().equals(accepted.rule()) && f.key().equals(accepted.key()));
            assertThat(byCli).filteredOn(Finding::waived).first().extracting(Finding::waiverNote).asString()
                    .contains("A. Auditor").contains("value map extended");
            assertThat(byCli).noneMatch(f -> f.rule().equals("ACC-CUSTOMER-IDLE"));
            assertThat(byCli).filteredOn(f -> f.rule().equals("ORD-TYPE")).isNotEmpty()
                    .allMatch(f -> f.severity() == Severity.WARNING);

            for (AuditRun run : List.of(cli, desktop)) {
                assertThat(run.profile()).isEqualTo(AuditService.STORED_PROFILE);
                assertThat(run.parameters()).containsEntry("moneyTolerance", "0.01")
                        .containsEntry("disabled", "ACC-CUSTOMER-IDLE").containsEntry("severity.ORD-TYPE", "WARNING");
            }
            assertThat(desktop.parameters()).isEqualTo(cli.parameters());
            assertThat(desktop.rulesetVersion()).isEqualTo(cli.rulesetVersion());
        }
    }

    private static List<Finding> findings(Workspace ws, long runId) {
        List<Finding> all = new ArrayList<>();
        ws.findings().forEach(runId, all::add);
        return all;
    }

    /** Runs the command line; returns what it printed. */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = P2cAuditCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
