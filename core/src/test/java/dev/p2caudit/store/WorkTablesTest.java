package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTablesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkingTableIsInTheWorkDatabaseUntilDropped() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            ws.workTables().create("w_refs", "SELECT CAST('x' AS VARCHAR) AS ref", List.of());

            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM w_refs", List.of())).isEqualTo(1);
            assertThat(working(ws, "w_refs")).isOne();

            ws.workTables().drop("w_refs");

            assertThat(working(ws, "w_refs")).isZero();
        }
    }

    @Test
    void theWorkingTablesOfARunThatNeverEndedAreGoneAtTheNextOpen() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            ws.workTables().create("w_pairs", "SELECT CAST(1 AS BIGINT) AS pre_rid", List.of());
            ws.workTables().create("w_keys", "SELECT CAST(1 AS BIGINT) AS rid", List.of());
            // The run "crashes": nothing drops them before the workspace closes.
        }
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            assertThat(working(ws, "w_pairs") + working(ws, "w_keys")).isZero();
        }
    }

    private static long working(Workspace ws, String table) {
        return ws.sql().scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_catalog = 'work'"
                + " AND table_name = ? AND table_type = 'BASE TABLE'", List.of(table));
    }
}
