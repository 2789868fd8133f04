package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: any table of strings, written as CSV with any delimiter, quoting, line separator and
 * encoding, imports back exactly (an empty cell reads as no value). Seeded, so a failure names
 * its seed and replays.
 */
class CsvRoundTripPropertyTest {

    private static final String[] DELIMITERS = {",", ";", "\t", "|"};
    private static final String[] ENCODINGS = {"UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM",
        "windows-1252"};
    /** Characters that stress CSV: every delimiter, quotes, line breaks, spaces. */
    private static final String NASTY = ",;\t|\"\r\n  '=+-@";
    private static final String UNICODE = "éüñøÅ€中文✓𝄞";
    /** No two of these bytes form valid UTF-8, so a Windows-1252 file cannot pass for UTF-8. */
    private static final String CP1252_SAFE = "éüñø";

    @TempDir
    static Path dir;
    private static ImportHarness harness;

    @BeforeAll
    static void open() {
        harness = new ImportHarness(dir);
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTableOfStringsImportsBackExactly(long seed) throws IOException {
        Random random = new Random(seed);
        String encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
        List<String> header = header(random);
        List<String[]> rows = rows(random, header.size(), encoding);
        Path file = dir.resolve("Account.csv");
        write(file, header, rows, random, encoding);

        FileImporter.Outcome outcome = harness.load(file, Snapshot.PRE, null);

        assertThat(outcome.report().problems()).as("seed %d", seed).isEmpty();
        assertThat(outcome.report().encoding()).as("seed %d", seed).isEqualTo(expectedLabel(encoding, header, rows));
        assertThat(outcome.report().rejected()).as("seed %d", seed).isZero();
        List<Map<String, Object>> stored = harness.rows(Snapshot.PRE, TableKind.ACCOUNT);
        List<String> columns = outcome.report().columns().stream().map(MappedColumn::storedAs).toList();
        assertThat(stored).as("seed %d", seed).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String expected = rows.get(r)[c].isEmpty() ? null : rows.get(r)[c];
                assertThat(stored.get(r).get(columns.get(c))).as("seed %d row %d column %d", seed, r, c)
                        .isEqualTo(expected);
            }
        }
    }

    /** Pure ASCII is the same text in Windows-1252 and UTF-8; the reader rightly calls it UTF-8. */
    private static String expectedLabel(String encoding, List<String> header, List<String[]> rows) {
        boolean ascii = Stream.concat(header.stream(), rows.stream().flatMap(java.util.Arrays::stream))
                .allMatch(v -> v.chars().allMatch(ch -> ch < 128));
        return encoding.equals("windows-1252") && ascii ? "UTF-8" : encoding;
    }

    private static List<String> header(Random random) {
        List<String> header = new ArrayList<>(List.of("Account Number"));
        int extra = 1 + random.nextInt(5);
        for (int i = 1; i <= extra; i++) {
            header.add("Note " + i);
        }
        return header;
    }

    private static List<String[]> rows(Random random, int width, String encoding) {
        String alphabet = "abcXYZ019 " + NASTY + (encoding.equals("windows-1252") ? CP1252_SAFE : UNICODE);
        List<String[]> rows = new ArrayList<>();
        int count = random.nextInt(25);
        for (int r = 0; r < count; r++) {
            String[] row = new String[width];
            row[0] = "ACC-" + r + text(random, alphabet, 6);
            for (int c = 1; c < width; c++) {
                row[c] = random.nextInt(5) == 0 ? "" : text(random, alphabet, 12);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(Random random, String alphabet, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return s.toString();
    }

    private static void write(Path file, List<String> header, List<String[]> rows, Random random, String encoding)
            throws IOException {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setDelimiter(DELIMITERS[random.nextInt(DELIMITERS.length)]);
        settings.getFormat().setLineSeparator(random.nextBoolean() ? "\r\n" : "\n");
        settings.setQuoteAllFields(random.nextBoolean());
        settings.setQuotationTriggers('\r', '\n', ',', ';', '\t', '|');
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setNormalizeLineEndingsWithinQuotes(false);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom(encoding));
            CsvWriter writer = new CsvWriter(new OutputStreamWriter(out, charset(encoding)), settings);
            writer.writeRow(header.toArray(new Object[0]));
            rows.forEach(row -> writer.writeRow((Object[]) row));
            writer.close();
        }
    }

    private static Charset charset(String encoding) {
        return switch (encoding) {
            case "UTF-16LE with BOM" -> StandardCharsets.UTF_16LE;
            case "UTF-16BE with BOM" -> StandardCharsets.UTF_16BE;
            case "windows-1252" -> Charset.forName("windows-1252");
            default -> StandardCharsets.UTF_8;
        };
    }

    private static byte[] bom(String encoding) {
        return switch (encoding) {
            case "UTF-8 with BOM" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE with BOM" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE with BOM" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
    }
}
