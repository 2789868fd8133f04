package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-data/} is exactly what the generator writes, so nobody edits it by
 * hand. To refresh it: {@code java -jar target/p2c-audit.jar generate --out sample-data --scale 1}.
 * Workbooks are compared entry by entry, uncompressed, so another zlib does not matter.
 */
class SampleDataTest {

    private static final Path SAMPLE = Path.of("sample-data");

    @TempDir
    Path dir;

    @Test
    void theCommittedSampleIsAFreshGeneration() throws Exception {
        assertThat(SAMPLE).as("run: p2c-audit generate --out sample-data --scale 1").isDirectory();
        Sets.generate(dir, 1, true);
        Map<String, byte[]> fresh = Sets.files(dir);
        Map<String, byte[]> committed = Sets.files(SAMPLE);
        assertThat(committed.keySet()).containsExactlyElementsOf(fresh.keySet());
        for (String name : fresh.keySet()) {
            if (name.endsWith(".xlsx")) {
                assertThat(Sets.entries(SAMPLE.resolve(name))).as(name).isEqualTo(Sets.entries(dir.resolve(name)));
            } else {
                assertThat(new String(committed.get(name), StandardCharsets.ISO_8859_1)).as(name)
                        .isEqualTo(new String(fresh.get(name), StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void theSampleStaysSmall() throws Exception {
        long bytes = 0;
        for (byte[] content : Sets.files(SAMPLE).values()) {
            bytes += content.length;
        }
        assertThat(bytes).isLessThan(2_000_000);
        assertThat(Files.exists(SAMPLE.resolve("manifest.json"))).isTrue();
    }
}
