package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotingTest {

    @TempDir
    Path dir;

    @Test
    void embeddedDelimitersQuotesAndLineBreaksSurviveAndLinesAreCountedExactly() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("quoting/Contact quoted.csv").report();

            assertThat(report.table()).isEqualTo("contact");
            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(TableKind.CONTACT);
            assertThat(rows).extracting(r -> r.get("first_name")).containsExactly("Smith, Jr.", "Ann", "Bob");
            assertThat(rows).extracting(r -> r.get("last_name")).containsExactly("O\"Brien", "Lee", "Ray");
            assertThat(rows).extracting(r -> r.get("parent_account"))
                    .containsExactly("Contoso\r\nHQ", "Fabrikam", "multi\nline\nvalue");
            assertThat(rows).extracting(r -> r.get("source_line")).containsExactly(3L, 7L, 8L);
        }
    }

    @Test
    void trailingEmptyHeaderColumnsAreDroppedAndBlankLinesSkipped() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("quoting/Contact quoted.csv").report();

            assertThat(report.columns()).extracting(c -> c.header())
                    .containsExactly("First Name", "Last Name", "Email", "Company Name");
            assertThat(report.rows()).isEqualTo(3);
        }
    }
}
