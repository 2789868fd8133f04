package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.cli.AuditRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsXlsxTest {

    @TempDir
    Path dir;

    @Test
    void aSheetPerTableWithFrozenHeaderFiltersAndNoFormulaCells() throws IOException {
        Path post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(post.resolve("Account.csv"), "Account Number,Company,Customer Group Id,Party Number\n"
                + "=1+2,USMF,10,@SUM(A1)\nA2,,10,A2\n");
        Files.writeString(post.resolve("Order.csv"), "Sales Order Number,Order ID,Company\nS1,S1,\n");
        Path workbook = dir.resolve("findings.xlsx");

        assertThat(AuditRunner.run("audit", "--post", post.toString(), "--xlsx", workbook.toString(), "--fail-on", "never"))
                .isZero();

        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Summary", "account", "order");
            List<Row> accounts = sheets.get(1).read();
            assertThat(accounts.get(0).getCellText(0)).isEqualTo("Rule");
            assertThat(accounts).extracting(r -> r.getCellText(3)).contains("'=1+2", "A2");
            for (Row row : accounts) {
                row.forEach(cell -> {
                    if (cell != null) {
                        assertThat(cell.getType()).isNotEqualTo(org.dhatim.fastexcel.reader.CellType.FORMULA);
                        assertThat(cell.getText()).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                    }
                });
            }
        }
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"").contains("<autoFilter");
        }
    }
}
