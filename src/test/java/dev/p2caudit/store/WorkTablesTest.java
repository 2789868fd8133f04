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
    void aWorkingTableIsOnDiskUntilDropped() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            ws.workTables().createEmpty("w_refs", "SELECT CAST('a' AS VARCHAR) AS ref", List.of());
            ws.sql().execute("INSERT INTO w_refs VALUES ('x')");

            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM w_refs", List.of())).isEqualTo(1);
            assertThat(persistent(ws, "W_REFS")).isOne();

            ws.workTables().drop("w_refs");

            assertThat(persistent(ws, "W_REFS")).isZero();
            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM work_table", List.of())).isZero();
        }
    }

    @Test
    void theWorkingTablesOfARunThatNeverEndedAreDroppedAtTheNextOpen() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            ws.workTables().createEmpty("w_pairs", "SELECT CAST(1 AS BIGINT) AS pre_rid", List.of());
            ws.workTables().createEmpty("w_keys", "SELECT CAST(1 AS BIGINT) AS rid", List.of());
            // The run "crashes": nothing drops them before the workspace closes.
        }
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            assertThat(persistent(ws, "W_PAIRS") + persistent(ws, "W_KEYS")).isZero();
            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM work_table", List.of())).isZero();
        }
    }

    private static long persistent(Workspace ws, String table) {
        return ws.sql().scalar("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'", List.of(table));
    }
}
