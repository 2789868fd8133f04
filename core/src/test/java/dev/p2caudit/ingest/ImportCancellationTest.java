package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCancellationTest {

    @TempDir
    Path dir;

    @Test
    void cancellingFromTheProgressListenerUndoesTheImport() throws IOException {
        Path file = dir.resolve("Order Products.csv");
        StringBuilder csv = new StringBuilder("Order ID (Order),Line Number,Quantity\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("S").append(i / 4).append(',').append(i % 4 + 1).append(",1\n");
        }
        Files.writeString(file, csv);
        try (ImportHarness h = new ImportHarness(dir)) {
            assertThatThrownBy(() -> new FileImporter().importFile(h.workspace, file, Snapshot.PRE, null, rows -> {
                if (rows > 8_000) {
                    throw new CancellationException("cancelled by the user");
                }
            })).isInstanceOf(CancellationException.class);

            assertThat(h.workspace.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isZero();
            assertThat(h.workspace.imports().all()).isEmpty();
            assertThat(h.load(file, Snapshot.PRE, null).report().rowsLoaded()).isEqualTo(30_000);
        }
    }
}
