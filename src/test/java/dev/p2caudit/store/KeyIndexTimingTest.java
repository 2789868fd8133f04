package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0005: key indexes on keys that arrive in order are maintained, on random keys built before publishing. */
class KeyIndexTimingTest {

    private static final List<MappedColumn> COLUMNS = List.of(
            new MappedColumn(0, "(Do Not Modify) Order Product", "id", "id", null),
            new MappedColumn(1, "Order ID (Order)", "order_ref", "order_ref", null),
            new MappedColumn(2, "Quantity", "quantity", "quantity", null));
    private static final int ROWS = KeyIndexTiming.DECIDE_AFTER + 10_000;

    @TempDir
    Path dir;

    @Test
    void orderedKeysAreIndexedWhileLoadingRandomOnesBeforeThePublish() {
        Random random = new Random(7);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            try (ImportSession session = ws.beginImport(plan("Order Products.csv"))) {
                for (int i = 0; i < ROWS; i++) {
                    String guid = new UUID(random.nextLong(), random.nextLong()).toString();
                    session.addRow(i + 2, new Object[] {guid, String.format("ORD-%07d", i / 4), BigDecimal.ONE});
                }
                assertThat(indexes(ws)).containsExactly("PRE_ORDER_LINE_ORDER_REF");
                session.commit(1);
            }
            assertThat(indexes(ws)).containsExactlyInAnyOrder("PRE_ORDER_LINE_ORDER_REF", "PRE_ORDER_LINE_ID");
            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM pre_order_line USE INDEX (pre_order_line_id)"
                    + " WHERE id > ''", List.of())).isEqualTo(ROWS);
        }
    }

    @Test
    void aSmallFileGetsItsIndexesBeforeThePublishAndALaterFileKeepsThem() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            try (ImportSession session = ws.beginImport(plan("Order Products.csv"))) {
                session.addRow(2, new Object[] {"g1", "ORD-1", BigDecimal.ONE});
                assertThat(indexes(ws)).isEmpty();
                session.commit(1);
            }
            assertThat(indexes(ws)).containsExactlyInAnyOrder("PRE_ORDER_LINE_ORDER_REF", "PRE_ORDER_LINE_ID");
            try (ImportSession session = ws.beginImport(plan("Order Products 2.csv"))) {
                session.addRow(2, new Object[] {"g2", "ORD-2", BigDecimal.ONE});
                assertThat(indexes(ws)).containsExactlyInAnyOrder("PRE_ORDER_LINE_ORDER_REF", "PRE_ORDER_LINE_ID");
                session.commit(1);
            }
        }
    }

    private static List<String> indexes(Workspace ws) {
        return ws.sql().query("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'PRE_ORDER_LINE'"
                + " AND INDEX_TYPE_NAME <> 'PRIMARY KEY'", List.of()).stream().map(r -> r.text("INDEX_NAME")).toList();
    }

    private static ImportPlan plan(String name) {
        return new ImportPlan(Snapshot.PRE, TableKind.ORDER_LINE, name, String.format("%064x", name.hashCode() & 0xffffffffL), "csv",
                Dialect.DISPLAY, "UTF-8", ",", ".", "file name", COLUMNS);
    }
}
