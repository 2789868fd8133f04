package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowseQuery;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.store.TableBrowser;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An audit's inputs are imported two files at a time (ADR 0008); what lands is as if one by one. */
class InputImporterTest {

    @TempDir
    Path dir;

    @Test
    void filesImportedSideBySideKeepTheirOrderAndEachFileItsRowsTogether() throws IOException {
        List<Path> pre = List.of(lines("Order Products 1.csv", "A", 20_000), lines("Order Products 2.csv", "B", 20_000),
                orders("Orders.csv"), lines("Order Products 3.csv", "C", 5_000));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<InputImporter.FileOutcome> outcomes = new InputImporter().importAll(ws, Map.of(Snapshot.PRE, pre),
                    f -> null, ProgressListener.NONE);

            assertThat(outcomes).extracting(InputImporter.FileOutcome::file).containsExactlyElementsOf(pre);
            assertThat(outcomes).allMatch(InputImporter.FileOutcome::loaded);
            TableBrowser browser = ws.browse(Snapshot.PRE, TableKind.ORDER_LINE);
            List<BrowsedRow> rows = browser.rows(browser.index(BrowseQuery.ALL).slice(0, 50_000));
            assertThat(rows).hasSize(45_000);
            assertThat(runsOfFiles(rows)).hasSize(3).containsExactlyInAnyOrder(
                    "Order Products 1.csv", "Order Products 2.csv", "Order Products 3.csv");
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER).count()).isEqualTo(3);
        }
    }

    @Test
    void aCancelStopsBothFilesAndLeavesNeitherHalfImported() throws IOException {
        List<Path> pre = List.of(lines("Order Products 1.csv", "A", 60_000), orders("Orders.csv"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThatThrownBy(() -> new InputImporter().importAll(ws, Map.of(Snapshot.PRE, pre), f -> null,
                    (task, done, total) -> {
                        if (total == 0 && done > 8_000) {
                            throw new CancellationException("cancelled by the user");
                        }
                    })).isInstanceOf(CancellationException.class);

            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isZero();
            assertThat(ws.imports().all()).allMatch(r -> r.table() == TableKind.ORDER);
        }
    }

    /** The file names in browsing order, one entry per run of rows of the same file. */
    private static List<String> runsOfFiles(List<BrowsedRow> rows) {
        List<String> runs = new ArrayList<>();
        long lastLine = 0;
        for (BrowsedRow row : rows) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(row.file())) {
                runs.add(row.file());
                lastLine = 0;
            }
            assertThat(row.line()).as("lines of %s in file order", row.file()).isGreaterThan(lastLine);
            lastLine = row.line();
        }
        return runs;
    }

    private Path lines(String name, String order, int count) throws IOException {
        StringBuilder csv = new StringBuilder("Order ID (Order),Line Number,Quantity\n");
        for (int i = 0; i < count; i++) {
            csv.append(order).append(i / 4).append(',').append(i % 4 + 1).append(",1\n");
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private Path orders(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "Order ID,Sales Order Number\nA0,A0\nB0,B0\nC0,C0\n");
    }
}
