package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.cli.P2cAuditCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code p2c-audit generate}: what it writes and how it exits. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return P2cAuditCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void writesTheSetWithManifestAndReadme() {
        Path target = dir.resolve("set");
        assertThat(run("generate", "--out", target.toString(), "--scale", "1", "--seed", "7")).isZero();
        assertThat(target.resolve("manifest.json")).isRegularFile();
        assertThat(target.resolve("README.md")).isRegularFile();
        assertThat(target.resolve("pre/Orders.xlsx")).isRegularFile();
        assertThat(target.resolve("post/CDS sales order lines.csv")).isRegularFile();
        assertThat(out.toString()).contains("18 files");
    }

    @Test
    void regeneratingRemovesWhatTheLastRunLeftUnderThePlansNames() throws Exception {
        Path target = dir.resolve("set");
        Files.createDirectories(target.resolve("post"));
        Files.writeString(target.resolve("post/Accounts 2.xlsx"), "left over from a bigger scale");
        Files.writeString(target.resolve("post/notes.txt"), "mine");
        assertThat(run("generate", "--out", target.toString())).isZero();
        assertThat(target.resolve("post/Accounts 2.xlsx")).doesNotExist();
        assertThat(target.resolve("post/notes.txt")).hasContent("mine");
    }

    @Test
    void aBadScaleIsAUsageError() {
        assertThat(run("generate", "--out", dir.toString(), "--scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("at least 1");
    }

    @Test
    void aBigSetNeedsNoManifest() {
        assertThat(run("generate", "--out", dir.toString(), "--scale", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-manifest");
        assertThat(dir.resolve("pre")).doesNotExist();
    }

    @Test
    void aMissingOutIsAUsageError() {
        assertThat(run("generate")).isEqualTo(2);
    }

    @Test
    void anUnwritableOutputExitsWithThree() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(run("generate", "--out", file.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("not a folder");
    }
}
