package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "encoding/Account utf8.csv, UTF-8",
        "encoding/Account utf8-bom.csv, UTF-8 with BOM",
        "encoding/Account utf16le-bom.csv, UTF-16LE with BOM",
        "encoding/Account utf16be-bom.csv, UTF-16BE with BOM",
        "encoding/Account windows-1252.csv, windows-1252",
    })
    void everyEncodingReadsTheSameText(String fixture, String encoding) {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load(fixture);

            assertThat(outcome.report().encoding()).isEqualTo(encoding);
            assertThat(outcome.report().table()).isEqualTo("account");
            List<Map<String, Object>> rows = h.rows(TableKind.ACCOUNT);
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Café Zürich", "Fabrikam €");
            assertThat(rows).extracting(r -> r.get("account_number"))
                    .containsExactly("ACC-01000-BVRCPS", "ACC-01001-QWERTY");
            assertThat(rows).extracting(r -> r.get("relationship_type")).containsExactly(3, 8);
        }
    }

    @Test
    void aWindows1252ByteAfter100KbOfAsciiStillMakesTheFileWindows1252() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("encoding/Account late-1252.csv");

            assertThat(outcome.report().encoding()).isEqualTo("windows-1252");
            List<Map<String, Object>> rows = h.rows(TableKind.ACCOUNT);
            assertThat(rows).hasSize(4001);
            assertThat(rows.get(4000).get("name")).isEqualTo("Crème brûlée");
        }
    }
}
