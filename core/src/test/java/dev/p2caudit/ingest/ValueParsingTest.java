package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueParsingTest {

    @TempDir
    Path dir;

    @Test
    void datesInEveryExportFormIncludingExcelSerialsAndTheEmpty1900() {
        try (ImportHarness h = new ImportHarness(dir)) {
            assertThat(h.load("values/Order dates.csv").report().rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(TableKind.ORDER);

            assertThat(rows.get(0)).containsEntry("requested_receipt_date", at(2020, 3, 27, 0, 0, 0))
                    .containsEntry("requested_delivery_date", at(2020, 3, 27, 0, 0, 0))
                    .containsEntry("date_submitted", at(2020, 3, 27, 13, 45, 10))
                    .containsEntry("date_fulfilled", at(2020, 3, 27, 10, 30, 0));
            assertThat(rows.get(1)).containsEntry("requested_receipt_date", at(2020, 8, 25, 13, 3, 0))
                    .containsEntry("requested_delivery_date", at(2020, 8, 25, 0, 0, 0))
                    .containsEntry("date_submitted", null)
                    .containsEntry("date_fulfilled", null);
            assertThat(rows.get(2)).containsEntry("requested_receipt_date", at(2020, 1, 1, 0, 0, 0))
                    .containsEntry("requested_delivery_date", at(2020, 1, 1, 12, 0, 0))
                    .containsEntry("date_submitted", at(2020, 3, 27, 0, 0, 0))
                    .containsEntry("date_fulfilled", at(2021, 3, 4, 13, 5, 0));
            assertThat(rows.get(3)).containsEntry("requested_receipt_date", null);
        }
    }

    @Test
    void optionSetsAsLabelOrCodeYesNoSpellingsAndLanguageTagsOrCodes() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("values/Order options.csv").report();

            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(TableKind.ORDER);
            assertThat(rows).extracting(r -> r.get("order_type"))
                    .containsExactly(192350000, 192350000, 192350001, 690970002);
            assertThat(rows).extracting(r -> r.get("status")).containsExactly(0, 0, 4, 4);
            assertThat(rows).extracting(r -> r.get("language")).containsExactly("en-us", "en-us", "de", "en-gb");
            assertThat(rows).extracting(r -> r.get("item_based")).containsExactly(true, false, true, false);
            assertThat(rows.get(0)).containsEntry("x_customertypecode_unused", "x");
        }
    }

    private static LocalDateTime at(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s);
    }
}
