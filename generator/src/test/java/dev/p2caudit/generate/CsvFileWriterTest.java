package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.ingest.CsvFileWriter;
import dev.p2caudit.ingest.CsvFileWriter.Encoding;
import dev.p2caudit.ingest.CsvFileWriter.Style;
import dev.p2caudit.ingest.FileInspector;
import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tricky values survive a round trip through {@link CsvFileWriter} and the real importer. */
class CsvFileWriterTest {

    private static final List<String> TRICKY = List.of("Contoso, Ltd.", "semi; colon", "tab\there", "pipe | here",
            "quote \"inside\"", "\"starts with a quote", "line\nbreak", "carriage\r\nreturn", "=SUM(A1:A2)",
            "  padded  ", "Müller Ärger é ñ ø Å œ €", "");

    @TempDir
    Path dir;

    static Stream<Arguments> styles() {
        return Stream.of(
                Arguments.of(Style.of(Encoding.UTF8, ',')),
                Arguments.of(Style.of(Encoding.UTF8_BOM, ';').withLineSeparator("\n")),
                Arguments.of(Style.of(Encoding.UTF16LE_BOM, ',').withQuoteAll(true)),
                Arguments.of(Style.of(Encoding.WINDOWS_1252, ';')),
                Arguments.of(Style.of(Encoding.UTF8, '\t').withLineSeparator("\n")),
                Arguments.of(Style.of(Encoding.UTF8_BOM, '|').withQuoteAll(true)));
    }

    @ParameterizedTest
    @MethodSource("styles")
    void trickyValuesComeBackAsWritten(Style style) throws Exception {
        List<String> values = new ArrayList<>(TRICKY);
        if (style.encoding() != Encoding.WINDOWS_1252) {
            values.add("Łódź 東京 😀");
        }
        Path file = dir.resolve("Account.csv");
        try (CsvFileWriter out = CsvFileWriter.open(file, style, List.of("Account Number", "Account Name"))) {
            for (int i = 0; i < values.size(); i++) {
                out.row("A-" + i, values.get(i));
            }
        }
        FileReport report = new FileInspector().inspect(file, Snapshot.PRE, null);
        assertThat(report.encoding()).isEqualTo(style.encoding().label());
        assertThat(report.delimiter()).isEqualTo(String.valueOf(style.delimiter()));
        assertThat(report.rows()).isEqualTo(values.size());
        assertThat(report.rejected()).isZero();
        try (ImportedSet imported = ImportedSet.of(Map.of(Snapshot.PRE, List.of(file)), dir)) {
            List<Object[]> rows = imported.rows(Snapshot.PRE, TableKind.ACCOUNT, List.of("name"));
            List<String> read = rows.stream().map(r -> r[0] == null ? "" : (String) r[0]).toList();
            assertThat(read).containsExactlyElementsOf(values);
        }
    }

    @Test
    void linesAreCountedWithLineBreaksInsideValues() throws IOException {
        Path file = dir.resolve("Account.csv");
        try (CsvFileWriter out = CsvFileWriter.open(file, Style.of(Encoding.UTF8, ','), List.of("a", "b"))) {
            assertThat(out.nextLine()).isEqualTo(2);
            out.row("1", "two\nlines");
            assertThat(out.nextLine()).isEqualTo(4);
            out.blankLine();
            assertThat(out.nextLine()).isEqualTo(5);
        }
        assertThat(Files.readString(file)).isEqualTo("a,b\r\n1,\"two\nlines\"\r\n\r\n");
    }

    @Test
    void aCharacterTheEncodingCannotHoldFailsTheWrite() {
        Path file = dir.resolve("Account.csv");
        assertThatThrownBy(() -> {
            try (CsvFileWriter out = CsvFileWriter.open(file, Style.of(Encoding.WINDOWS_1252, ';'), List.of("a"))) {
                out.row("東京");
            }
        }).isInstanceOfAny(IOException.class, UncheckedIOException.class);
    }

    @Test
    void byteOrderMarksAreWrittenFirst() throws IOException {
        Path utf16 = dir.resolve("u16.csv");
        try (CsvFileWriter out = CsvFileWriter.open(utf16, Style.of(Encoding.UTF16LE_BOM, ','), List.of("a"))) {
            out.row("x");
        }
        byte[] bytes = Files.readAllBytes(utf16);
        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xFE, (byte) 'a', (byte) 0);
    }
}
