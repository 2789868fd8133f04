package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace the version before ADR 0008 wrote (fixtures/legacy: its rows in H2's own tables, no
 * DuckDB file) opens with every import, row, rejection and finding it had: the rows are moved into
 * the analytic store, and H2 keeps only the workspace of record.
 */
class LegacyWorkspaceTest {

    @TempDir
    Path dir;

    /** A copy of the fixture, so that the test never changes it. */
    static Path copyOfLegacyWorkspace(Path dir) throws Exception {
        Path copy = dir.resolve("old" + Workspace.SUFFIX);
        Files.copy(Path.of("core/src/test/resources/fixtures/legacy/h2-workspace-v1.mv.db"), copy);
        return copy;
    }

    @Test
    void itsRowsAreMovedIntoTheAnalyticStoreAndNothingIsLost() throws Exception {
        Path file = copyOfLegacyWorkspace(dir);
        assertThat(dir.resolve("old.duckdb")).doesNotExist();

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.dataFile()).exists();
            assertThat(ws.imports().all()).extracting(ImportRecord::snapshot, ImportRecord::table, ImportRecord::rowsLoaded)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Snapshot.PRE, TableKind.CONTACT, 40L),
                            org.assertj.core.groups.Tuple.tuple(Snapshot.PRE, TableKind.ORDER_LINE, 59L),
                            org.assertj.core.groups.Tuple.tuple(Snapshot.POST, TableKind.ORDER_LINE, 60L),
                            org.assertj.core.groups.Tuple.tuple(Snapshot.POST, TableKind.CONTACT, 40L));
            for (ImportRecord r : ws.imports().all()) {
                assertThat(ws.rows(r.snapshot(), r.table()).count()).as(r.fileName()).isEqualTo(r.rowsLoaded());
            }
            ImportRecord lines = ws.imports().all().stream()
                    .filter(r -> r.snapshot() == Snapshot.PRE && r.table() == TableKind.ORDER_LINE).findFirst().orElseThrow();
            assertThat(ws.imports().rejections(lines.id())).hasSize(2);
            List<Map<String, Object>> rows = ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).page(0, 100);
            assertThat(rows).extracting(r -> r.get("x_colour")).containsOnly("red");
            assertThat(rows.get(0)).containsEntry("order_ref", "ORD-01000").containsEntry("source_line", 2L);
            assertThat(ws.findings().runs()).singleElement().satisfies(run -> {
                assertThat(run.finishedAt()).isNotNull();
                assertThat(ws.findings().count(run.id())).isEqualTo(145);
            });
            assertThat(WorkspaceSchema.legacyDataTables(ws.connection())).isEmpty();
        }
    }

    /** The earlier version, opening a newer workspace, creates its (empty) data tables in H2 again. */
    @Test
    void emptyDataTablesAnEarlierVersionAddedBackTakeNoRowsAway() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            WorkspaceTest.load(ws, "Order Products.csv", "aa", 3, 0);
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("new"));
             var st = h2.createStatement()) {
            st.execute("CREATE TABLE pre_order_line(import_id INT NOT NULL, source_line BIGINT NOT NULL, order_ref VARCHAR)");
        }
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(3);
            assertThat(WorkspaceSchema.legacyDataTables(ws.connection())).isEmpty();
        }
    }

    @Test
    void theMovedRowsAreKeptInLoadOrderAndTheNextOpenFindsNothingToMove() throws Exception {
        Path file = copyOfLegacyWorkspace(dir);
        List<Map<String, Object>> before;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("old"));
             var st = h2.createStatement();
             var rs = st.executeQuery("SELECT source_line FROM post_order_line ORDER BY _ROWID_")) {
            List<Long> lines = new java.util.ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getLong(1));
            }
            before = lines.stream().map(l -> Map.<String, Object>of("source_line", l)).toList();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.browse(Snapshot.POST, TableKind.ORDER_LINE).rows(
                    ws.browse(Snapshot.POST, TableKind.ORDER_LINE).index(BrowseQuery.ALL).slice(0, 1_000)))
                    .extracting(r -> Map.<String, Object>of("source_line", r.line())).isEqualTo(before);
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.rows(Snapshot.POST, TableKind.ORDER_LINE).count()).isEqualTo(60);
        }
    }
}
