package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs of an audit load on two threads; nothing about the result may show it. */
class InputImporterTest {

    @TempDir
    Path dir;

    @Test
    void filesLoadSideBySideAndComeBackInInputOrder() throws IOException {
        // Two files of one table under names of different series: the import lock makes them take turns.
        List<Path> pre = List.of(lines("Order Products.csv", 0, 20_000), accounts("Accounts.csv", 5_000),
                lines("Order lines extra.csv", 20_000, 15_000), lines("Order Products 2.csv", 35_000, 5_000));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<InputImporter.FileOutcome> outcomes = new InputImporter().importAll(ws, Map.of(Snapshot.PRE, pre),
                    f -> f.getFileName().toString().startsWith("Order") ? TableKind.ORDER_LINE : null,
                    (task, done, total) -> threads.add(Thread.currentThread().getName()));

            assertThat(outcomes).extracting(InputImporter.FileOutcome::file).containsExactlyElementsOf(pre);
            assertThat(outcomes).allMatch(InputImporter.FileOutcome::loaded);
            assertThat(outcomes).extracting(o -> o.report().rowsLoaded()).containsExactly(20_000L, 5_000L, 15_000L, 5_000L);
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(40_000);
            assertThat(ws.rows(Snapshot.PRE, TableKind.ACCOUNT).count()).isEqualTo(5_000);
            assertThat(ws.sql().scalar("SELECT COUNT(DISTINCT order_ref) FROM pre_order_line", List.of())).isEqualTo(10_000);
        }
        assertThat(threads).as("files loaded on two threads").hasSize(2);
    }

    @Test
    void aCancelUndoesTheFilesInProgressAndKeepsTheLoadedOnesWhole() throws IOException {
        List<Path> pre = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pre.add(lines("Order Products " + (char) ('a' + i) + ".csv", i * 30_000, 30_000));
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            // As the desktop's listener: once cancelled, every later call (from either thread) throws.
            AtomicBoolean cancelled = new AtomicBoolean();
            ProgressListener cancelling = (task, done, total) -> {
                if (task.contains("Products c") && done > 10_000) {
                    cancelled.set(true);
                }
                if (cancelled.get()) {
                    throw new CancellationException("cancelled by the user");
                }
            };
            assertThatThrownBy(() -> new InputImporter().importAll(ws, Map.of(Snapshot.PRE, pre), f -> TableKind.ORDER_LINE,
                    cancelling)).isInstanceOf(CancellationException.class);

            // Each file is in whole or not at all; the one being cancelled is not.
            assertThat(ws.imports().all()).extracting(r -> r.fileName()).doesNotContain("Order Products c.csv");
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(30_000L * ws.imports().all().size());
        }
    }

    @Test
    void theFilesOfOneExportInPartsShareASeries() {
        assertThat(InputImporter.seriesName(Path.of("Orders 1.xlsx"))).isEqualTo(InputImporter.seriesName(Path.of("Orders 2.xlsx")))
                .isEqualTo("orders");
        assertThat(InputImporter.seriesName(Path.of("Invoice Products (3).csv"))).isEqualTo("invoice products");
        assertThat(InputImporter.seriesName(Path.of("Quotes.csv"))).isNotEqualTo(InputImporter.seriesName(Path.of("Quote Products.csv")));
    }

    private Path lines(String name, int from, int count) throws IOException {
        StringBuilder csv = new StringBuilder("Order ID (Order),Line Number,Quantity\n");
        for (int i = from; i < from + count; i++) {
            csv.append("S").append(i / 4).append(',').append(i % 4 + 1).append(",1\n");
        }
        return write(name, csv);
    }

    private Path accounts(String name, int count) throws IOException {
        StringBuilder csv = new StringBuilder("Account Number,Account Name\n");
        for (int i = 0; i < count; i++) {
            csv.append("A").append(i).append(",Account ").append(i).append('\n');
        }
        return write(name, csv);
    }

    private Path write(String name, CharSequence csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }
}
