package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row export must stream: it is imported in a JVM whose heap (48 MB) is far smaller
 * than the worksheet would take as objects, so reading the whole sheet would fail.
 */
class XlsxStreamingTest {

    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowWorkbookImportsInASmallHeap() throws Exception {
        Path file = dir.resolve("Order Products.xlsx");
        writeLines(file);
        Path workspace = dir.resolve("ws");

        Process child = ChildJvm.start(List.of("-Xmx48m"), ImportOneFile.class, file.toString(), workspace.toString());
        String output = ChildJvm.outputOf(child, 120);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("loaded " + ROWS);
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(ROWS);
        }
    }

    private static void writeLines(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "P2CAuditTest", "1.0");
            Worksheet sheet = workbook.newWorksheet("Order Products");
            String[] header = {"Order ID (Order)", "Line Number", "Existing Product", "Quantity", "Price Per Unit",
                "Manual Discount", "Site", "Warehouse", "Company"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                sheet.value(r, 0, "ORD-" + (r / 4));
                sheet.value(r, 1, r % 4 + 1);
                sheet.value(r, 2, "Product number " + (r % 977));
                sheet.value(r, 3, r % 9 + 1);
                sheet.value(r, 4, (r % 10_000) / 100.0);
                sheet.value(r, 5, (r % 300) / 100.0);
                sheet.value(r, 6, "SITE-" + (r % 3));
                sheet.value(r, 7, "WH-" + (r % 11));
                sheet.value(r, 8, "USMF");
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    /** The child process: import one file, print what loaded. */
    public static final class ImportOneFile {
        public static void main(String[] args) {
            try (Workspace ws = Workspace.open(Path.of(args[1]))) {
                FileImporter.Outcome outcome = new FileImporter().importFile(ws, Path.of(args[0]), Snapshot.PRE, null);
                System.out.println("loaded " + outcome.report().rowsLoaded() + " rejected " + outcome.report().rejected()
                        + " problems " + outcome.report().problems());
            }
        }
    }
}
