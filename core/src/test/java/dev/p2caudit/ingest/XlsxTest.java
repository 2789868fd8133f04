package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWrittenByASpreadsheetWriterImportsWithTheRightTypes() throws IOException {
        Path file = dir.resolve("Order.xlsx");
        writeOrders(file);
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load(file, Snapshot.POST, null).report();

            assertThat(report.format()).isEqualTo("xlsx");
            assertThat(report.table()).isEqualTo("order");
            assertThat(report.rejected()).isZero();
            assertThat(report.columns()).filteredOn(MappedColumn::isIgnored).extracting(MappedColumn::header)
                    .containsExactly("(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On");
            List<Map<String, Object>> rows = h.rows(Snapshot.POST, TableKind.ORDER);
            assertThat(rows).hasSize(2);
            Map<String, Object> first = rows.get(0);
            assertThat(first).containsEntry("id", "7d1f0c55-1111-4a7a-9e0e-000000000001")
                    .containsEntry("order_id", "ORD-01001")
                    .containsEntry("requested_receipt_date", LocalDateTime.of(2020, 3, 27, 0, 0))
                    .containsEntry("item_based", true)
                    .containsEntry("order_type", 192350000)
                    .containsEntry("language", "en-us")
                    .containsEntry("sales_order_number", "1001");
            assertThat((BigDecimal) first.get("total_amount")).isEqualByComparingTo("1234.5");
            assertThat((BigDecimal) rows.get(1).get("total_amount")).isEqualByComparingTo("0.3");
            assertThat(rows.get(1)).containsEntry("requested_receipt_date", LocalDateTime.of(2021, 12, 31, 18, 30))
                    .containsEntry("name", "Multi\nline");
            assertThat(first.get("source_line")).isEqualTo(2L);
        }
    }

    @Test
    void inlineStringsAndBuiltInDateFormatsAreRead() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("xlsx/Quote inline strings.xlsx").report();

            assertThat(report.table()).isEqualTo("quote");
            assertThat(report.tableReason()).isEqualTo("file name");
            List<Map<String, Object>> rows = h.rows(TableKind.QUOTE);
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Déjà vu & co", "Second");
            assertThat(rows.get(0)).containsEntry("requested_receipt_date", LocalDateTime.of(2020, 3, 27, 0, 0))
                    .containsEntry("date_submitted", LocalDateTime.of(2020, 3, 28, 0, 0))
                    .containsEntry("item_based", true);
            assertThat(rows.get(1)).containsEntry("requested_receipt_date", LocalDateTime.of(2020, 3, 27, 18, 0));
            assertThat((BigDecimal) rows.get(1).get("total_amount")).isEqualByComparingTo("0.3");
        }
    }

    private static void writeOrders(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "P2CAuditTest", "1.0");
            Worksheet sheet = workbook.newWorksheet("Order");
            String[] header = {"(Do Not Modify) Order", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                "Order ID", "Sales Order Number", "Name", "Total Amount", "Requested Receipt Date", "Item-based",
                "Order Type", "Language"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            row(sheet, 1, "7d1f0c55-1111-4a7a-9e0e-000000000001", "ORD-01001", 1001, "Plain", 1234.5,
                    LocalDateTime.of(2020, 3, 27, 0, 0));
            row(sheet, 2, "7d1f0c55-1111-4a7a-9e0e-000000000002", "ORD-01002", 1002, "Multi\nline", 0.1 + 0.2,
                    LocalDateTime.of(2021, 12, 31, 18, 30));
            sheet.hideColumn(0);
            workbook.finish();
        }
    }

    private static void row(Worksheet sheet, int r, String id, String orderId, int salesNumber, String name,
                            double total, LocalDateTime receipt) {
        sheet.value(r, 0, id);
        sheet.value(r, 1, "abc==");
        sheet.value(r, 2, LocalDateTime.of(2021, 3, 1, 10, 0));
        sheet.style(r, 2).format("yyyy-mm-dd hh:mm").set();
        sheet.value(r, 3, orderId);
        sheet.value(r, 4, salesNumber);
        sheet.value(r, 5, name);
        sheet.value(r, 6, total);
        sheet.value(r, 7, receipt);
        sheet.style(r, 7).format("m/d/yyyy h:mm").set();
        sheet.value(r, 8, Boolean.TRUE);
        sheet.value(r, 9, "Item based");
        sheet.value(r, 10, "en-US");
    }
}
