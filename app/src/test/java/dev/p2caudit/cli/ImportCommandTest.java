package dev.p2caudit.cli;

import static dev.p2caudit.cli.InspectCommandTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsPreAndPostFilesAndReportsEachOnALine() {
        Path ws = dir.resolve("audit");
        CliRun run = CliRun.of("import", "--pre", fixture("delimiter/Order Products comma.csv"),
                "--post", fixture("dialect/CDS sales order lines.csv"), "--workspace", ws.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("pre +order_line +Order Products comma.csv +2 rows loaded, 0 rejected")
                .containsPattern("post +order_line +CDS sales order lines.csv +1 rows loaded, 0 rejected")
                .contains("2 file(s): 2 loaded, 0 not loaded");
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(2);
            assertThat(workspace.rows(Snapshot.POST, TableKind.ORDER_LINE).count()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatCannotLoadExits3WhileTheOthersStillLoad() {
        Path ws = dir.resolve("audit");
        CliRun run = CliRun.of("import", "--pre", fixture("bad/mystery.csv"), fixture("encoding/Account utf8.csv"),
                "--workspace", ws.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).containsPattern("pre +\\? +mystery.csv +NOT LOADED")
                .contains("cannot tell which table this is")
                .containsPattern("pre +account +Account utf8.csv +2 rows loaded");
    }

    @Test
    void namingNoSnapshotIsAUsageError() {
        CliRun run = CliRun.of("import", "--workspace", dir.resolve("ws").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("name the exports with --pre and/or --post");
    }

    @Test
    void aWorkspaceInUseExits3WithAClearMessage() throws Exception {
        Path ws = dir.resolve("audit");
        try (Workspace held = Workspace.open(ws)) {
            Process child = dev.p2caudit.ingest.ChildJvm.start(java.util.List.of(), dev.p2caudit.app.MainForTests.class,
                    "import", "--pre", fixture("encoding/Account utf8.csv"), "--workspace", ws.toString());
            String output = dev.p2caudit.ingest.ChildJvm.outputOf(child, 60);

            assertThat(child.exitValue()).isEqualTo(ExitCodes.UNREADABLE);
            assertThat(output.trim()).isEqualTo("p2c-audit: workspace " + held.file()
                    + " is in use by another program; close the other P2C Auditor window or command that has it"
                    + " open, then try again");
        }
    }
}
