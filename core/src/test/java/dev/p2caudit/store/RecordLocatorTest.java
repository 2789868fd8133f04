package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLocatorTest {

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void load() throws Exception {
        ws = BrowsingFixture.open(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aHeaderIsFoundByItsNumberItsIdOrItsLine() {
        assertThat(ids(TableKind.ORDER, "S2")).containsExactly("g2");
        assertThat(ids(TableKind.ORDER, "s2")).containsExactly("g2");
        assertThat(ids(TableKind.ORDER, "g3")).containsExactly("g3");
        assertThat(ids(TableKind.ORDER, "(line 4)")).containsExactly("g3");
        assertThat(ids(TableKind.ORDER, "S9")).isEmpty();
    }

    @Test
    void aLineIsFoundThroughItsOrderWhateverTheLineCallsTheOrder() {
        assertThat(ids(TableKind.ORDER_LINE, "S1/1")).containsExactly("P-1");
        assertThat(ids(TableKind.ORDER_LINE, "S1/2")).containsExactly("P-1");
        assertThat(lines("S2/2")).containsExactly(5L);
        assertThat(lines("g404/1")).containsExactly(6L);
        assertThat(lines("S2/7")).isEmpty();
    }

    @Test
    void aStoredRowIsNamedAsFindingsNameIt() {
        RecordLocator records = ws.records();
        long order = records.find(Snapshot.POST, TableKind.ORDER, "g3", 1).get(0);
        long line = records.find(Snapshot.POST, TableKind.ORDER_LINE, "S1/2", 1).get(0);
        long orphan = records.find(Snapshot.POST, TableKind.ORDER_LINE, "g404/1", 1).get(0);

        assertThat(records.keyOf(Snapshot.POST, TableKind.ORDER, order)).contains("g3");
        assertThat(records.keyOf(Snapshot.POST, TableKind.ORDER_LINE, line)).contains("S1/2");
        assertThat(records.keyOf(Snapshot.POST, TableKind.ORDER_LINE, orphan)).contains("g404/1");
        assertThat(records.keyOf(Snapshot.POST, TableKind.ORDER, 999_999)).isEmpty();
    }

    private List<Object> ids(TableKind table, String key) {
        List<Long> rowIds = ws.records().find(Snapshot.POST, table, key, 10);
        String column = table == TableKind.ORDER ? "id" : "product";
        return ws.browse(Snapshot.POST, table).rows(rowIds.stream().mapToLong(Long::longValue).toArray()).stream()
                .map(r -> r.value(column)).toList();
    }

    /** The file lines (header: line 1) of the lines with this key. */
    private List<Long> lines(String key) {
        List<Long> rowIds = ws.records().find(Snapshot.POST, TableKind.ORDER_LINE, key, 10);
        return ws.browse(Snapshot.POST, TableKind.ORDER_LINE).rows(rowIds.stream().mapToLong(Long::longValue).toArray())
                .stream().map(BrowsedRow::line).toList();
    }
}
