package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a Windows console in its own code page shows of the program's text. */
class ConsoleTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "windows-1252|Audit run 1: 3 findings — 1 error|Audit run 1: 3 findings — 1 error",
        "IBM437|Audit run 1: 3 findings — 1 error|Audit run 1: 3 findings - 1 error",
        "windows-1252|Order ID → order_id|Order ID -> order_id",
        "IBM437|Order ID → order_id|Order ID -> order_id",
        "IBM437|    … and 3 more|    ... and 3 more",
        "IBM437|Café Zürich, Fabrikam €, Łódź|Café Zürich, Fabrikam EUR, Lódz",
        "windows-1252|Fabrikam €, 中文|Fabrikam €, ??",
    })
    void charactersTheCodePageLacksBecomePlainAscii(String codePage, String text, String shown) {
        Charset charset = Charset.forName(codePage);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter console = ConsoleText.writer(new PrintStream(bytes, true, charset), charset);

        console.print(text);
        console.flush();

        assertThat(new String(bytes.toByteArray(), charset)).isEqualTo(shown);
    }

    @Test
    void inspectOnAnIbm437ConsoleShowsItsMappingArrowsAsAscii() throws URISyntaxException {
        Charset ibm437 = Charset.forName("IBM437");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = ConsoleText.writer(new PrintStream(bytes, true, ibm437), ibm437);
        Path file = Path.of(ConsoleTextTest.class.getResource("/fixtures/dates/Order UK export.csv").toURI());

        int code = P2cAuditCommand.commandLine(out, new PrintWriter(new StringWriter(), true))
                .execute("inspect", file.toString());

        String shown = new String(bytes.toByteArray(), ibm437);
        assertThat(code).isZero();
        assertThat(shown).contains("Order ID                -> order_id", "values read as",
                "Requested Receipt Date  day-first: 14/02/2020 on line 2").doesNotContain("?", "\u2192");
    }

    @Test
    void withoutEscapeSequencesTheProgressBarIsClearedWithSpaces() {
        StringWriter plain = new StringWriter();
        try (ConsoleProgress progress = new ConsoleProgress(new PrintWriter(plain), true, false)) {
            progress.progress("post: Order lines.csv", 5, 10);
            progress.progress("checking", 9, 10);
        }
        StringWriter ansi = new StringWriter();
        try (ConsoleProgress progress = new ConsoleProgress(new PrintWriter(ansi), true, true)) {
            progress.progress("post: Order lines.csv", 5, 10);
        }

        assertThat(plain.toString()).doesNotContain("\u001B").contains("\r[###############               ] 5/10")
                .endsWith(" ".repeat(ConsoleProgress.line("checking", 9, 10).length()) + "\r");
        assertThat(ansi.toString()).contains("\u001B[K");
    }
}
