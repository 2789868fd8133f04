package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
