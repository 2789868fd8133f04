package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void reRendersAStoredRunInEveryFormatWithoutAuditingAgain() throws IOException {
        Path post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(post.resolve("Account.csv"), "Account Number,Company\nA1,\n");
        Path ws = dir.resolve("ws");
        CliRun.of("audit", "--post", post.toString(), "--workspace", ws.toString());
        Files.writeString(post.resolve("Account.csv"), "Account Number,Company\nA1,USMF\n");

        CliRun run = CliRun.of("report", "--workspace", ws.toString(), "--run", "1", "--html", dir.resolve("r.html").toString(),
                "--csv", dir.resolve("r.csv").toString(), "--xlsx", dir.resolve("r.xlsx").toString(),
                "--json", dir.resolve("r.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Run 1 (").contains("verdict fail (fail on error)");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("ACC-COMPANY");
        assertThat(Files.readString(dir.resolve("r.csv"))).contains("ACC-COMPANY");
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"rule\" : \"ACC-COMPANY\"");
        assertThat(dir.resolve("r.xlsx")).isNotEmptyFile();
    }

    @Test
    void noOutputIsAUsageErrorAndNoRunOrNoWorkspaceIsUnreadable() {
        Path ws = dir.resolve("ws");
        dev.p2caudit.store.Workspace.open(ws).close();

        assertThat(CliRun.of("report", "--workspace", ws.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun noRun = CliRun.of("report", "--workspace", ws.toString(), "--html", dir.resolve("x.html").toString());
        assertThat(noRun.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(noRun.err()).contains("has no audit run");
        CliRun noWorkspace = CliRun.of("report", "--workspace", dir.resolve("none").toString(), "--html", "x.html");
        assertThat(noWorkspace.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }

    @Test
    void theSampleCommandAuditsTheSampleSetAndWritesTheReport() {
        Path html = dir.resolve("sample-audit.html");

        CliRun run = CliRun.of("sample", "--data", Path.of("sample-data").toAbsolutePath().toString(), "--html",
                html.toString(), "--workspace", dir.resolve("sample-ws").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report: " + html.toAbsolutePath());
        assertThat(html).isNotEmptyFile();
        assertThat(CliRun.of("sample", "--data", dir.resolve("nothing").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
