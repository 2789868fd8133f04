package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No byte sequence crashes the reader: random bytes, and valid exports with random damage, always
 * come back as a report (rows, rejections, problems), never as an exception. Seeded.
 */
class ReaderFuzzTest {

    private static final String[] VALID = {
        "quoting/Contact quoted.csv", "delimiter/Order Products semicolon.csv", "values/Order dates.csv",
        "encoding/Account utf16le-bom.csv", "xlsx/Quote inline strings.xlsx", "dialect/export.csv",
        "real/Active Orders 03-12-2026 14-07-03.xlsx", "real/Active Contacts 03-12-2026 14-05-40.xlsx",
        "real/Order cell types.xlsx",
    };
    private static final byte[] INTERESTING = "\"\r\n,;\t|\u0000\u00ff=".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 7_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreReportedNotThrown(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(4_000)];
        random.nextBytes(bytes);
        if (seed % 3 == 0 && bytes.length > 4) {
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
        }
        Path file = dir.resolve(seed % 2 == 0 ? "Account.csv" : "Order Products.xlsx");
        Files.write(file, bytes);

        FileReport report = inspector.inspect(file, Snapshot.POST, null);

        assertThat(report).isNotNull();
        assertThat(report.rows()).isGreaterThanOrEqualTo(report.rejected());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedExportsAreReportedNotThrown(long seed) throws IOException {
        Random random = new Random(seed);
        String fixture = VALID[random.nextInt(VALID.length)];
        byte[] bytes = Files.readAllBytes(ImportHarness.fixture(fixture));
        int damage = 1 + random.nextInt(8);
        for (int i = 0; i < damage && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = random.nextBoolean()
                    ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
        }
        if (random.nextBoolean() && bytes.length > 2) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        Path file = dir.resolve(Path.of(fixture).getFileName().toString());
        Files.write(file, bytes);

        FileReport report = inspector.inspect(file, Snapshot.PRE, null);

        assertThat(report).isNotNull();
        assertThat(report.rows()).isGreaterThanOrEqualTo(report.rejected());
    }

    private static final String[] WORKBOOKS = {
        "real/Active Orders 03-12-2026 14-07-03.xlsx", "real/Active Contacts 03-12-2026 14-05-40.xlsx",
        "real/Order cell types.xlsx", "real/Account import template.xlsx", "xlsx/Quote inline strings.xlsx",
    };
    private static final String[] XML_DAMAGE = {"<", ">", "\"", "&", " t=\"d\"", " t=\"e\"", " state=\"hidden\"",
        " ref=\"A1:B\"", "</row>", "<c r=\"ZZZZ9\">", "r:id=\"rId9\"", "\u0000", "\uFFFF"};

    /** The zip intact, one of its XML parts damaged: every part the reader looks at must fail politely. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedWorkbookPartsAreReportedNotThrown(long seed) throws IOException {
        Random random = new Random(seed);
        String fixture = WORKBOOKS[random.nextInt(WORKBOOKS.length)];
        Path file = dir.resolve(Path.of(fixture).getFileName().toString());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ImportHarness.fixture(fixture).toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            List<? extends java.util.zip.ZipEntry> entries = java.util.Collections.list(zip.entries());
            int damaged = random.nextInt(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                String text = new String(zip.getInputStream(entries.get(i)).readAllBytes(), StandardCharsets.UTF_8);
                if (i == damaged) {
                    text = damage(text, random);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entries.get(i).getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }

        FileReport report = inspector.inspect(file, Snapshot.PRE, null);

        assertThat(report).isNotNull();
        assertThat(report.rows()).isGreaterThanOrEqualTo(report.rejected());
    }

    private static String damage(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        for (int d = 1 + random.nextInt(4); d > 0 && s.length() > 0; d--) {
            int at = random.nextInt(s.length());
            if (random.nextBoolean()) {
                s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
            } else {
                s.insert(at, XML_DAMAGE[random.nextInt(XML_DAMAGE.length)]);
            }
        }
        return s.toString();
    }
}
