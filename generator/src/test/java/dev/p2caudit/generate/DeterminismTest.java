package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed and scale, same bytes; another seed, other data. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsWriteIdenticalBytes() throws Exception {
        Sets.generate(dir.resolve("one"), 1, true);
        new DatasetGenerator(1).generate(dir.resolve("two"),
                new DatasetGenerator.Options(DatasetGenerator.DEFAULT_SEED, 1, true));
        Map<String, byte[]> one = Sets.files(dir.resolve("one"));
        Map<String, byte[]> two = Sets.files(dir.resolve("two"));
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet()).hasSize(20);
        one.forEach((name, bytes) -> assertThat(Arrays.equals(bytes, two.get(name))).as(name).isTrue());
    }

    @Test
    void anotherSeedGivesOtherRecords() throws Exception {
        new DatasetGenerator().generate(dir.resolve("a"), new DatasetGenerator.Options(1, 1, false));
        new DatasetGenerator().generate(dir.resolve("b"), new DatasetGenerator.Options(2, 1, false));
        Map<String, byte[]> a = Sets.files(dir.resolve("a"));
        Map<String, byte[]> b = Sets.files(dir.resolve("b"));
        assertThat(Arrays.equals(a.get("post/Contacts.csv"), b.get("post/Contacts.csv"))).isFalse();
    }
}
