package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.p2caudit.ingest.FileInspector;
import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables grow with the scale in proportion; big workbooks are split into parts Excel can hold. */
class ScaleTest {

    @TempDir
    Path dir;

    @Test
    void scaleFiveHasFiveTimesTheRowsOfScaleOne() throws Exception {
        Manifest one = Sets.generate(dir.resolve("one"), 1, true);
        DatasetGenerator.Result five = new DatasetGenerator().generate(dir.resolve("five"),
                new DatasetGenerator.Options(DatasetGenerator.DEFAULT_SEED, 5, false));
        Map<String, Long> small = new HashMap<>();
        one.files().forEach(f -> small.merge(f.snapshot() + " " + f.table(), f.rows(), Long::sum));
        Map<String, Long> big = new HashMap<>();
        FileInspector inspector = new FileInspector();
        for (Path file : five.files()) {
            Snapshot snapshot = file.getParent().getFileName().toString().equals("pre") ? Snapshot.PRE : Snapshot.POST;
            FileReport report = inspector.inspect(file, snapshot, null);
            big.merge(snapshot.id() + " " + report.table(), report.rows(), Long::sum);
        }
        assertThat(big.keySet()).containsExactlyInAnyOrderElementsOf(small.keySet());
        small.forEach((table, rows) -> assertThat((double) big.get(table) / rows).as(table)
                .isCloseTo(5.0, within(0.5)));
        assertThat(dir.resolve("five/manifest.json")).doesNotExist();
        assertThat(dir.resolve("five/README.md")).exists();
    }

    @Test
    void aWorkbookOverTheRowLimitIsSplitIntoNumberedParts() throws Exception {
        World world = new World(DatasetGenerator.DEFAULT_SEED, 1);
        FileSpec accounts = ExportPlan.files().stream()
                .filter(s -> s.snapshot() == Snapshot.POST && s.table() == TableKind.ACCOUNT).findFirst().orElseThrow();
        List<WrittenFile> parts = XlsxExport.write(accounts, dir, new TableStreams(world), world.seed, 40);
        assertThat(parts).extracting(WrittenFile::path)
                .containsExactly("post/Accounts 1.xlsx", "post/Accounts 2.xlsx", "post/Accounts 3.xlsx");
        assertThat(parts).extracting(WrittenFile::rows).containsExactly(40L, 40L, 21L);
        Map<String, Long> read = new LinkedHashMap<>();
        for (WrittenFile part : parts) {
            FileReport report = new FileInspector().inspect(dir.resolve(part.fileName()), Snapshot.POST, null);
            assertThat(report.table()).isEqualTo("account");
            read.put(part.fileName(), report.rows());
        }
        assertThat(read.values()).containsExactly(40L, 40L, 21L);
    }
}
