package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Imports files with the real importer and reads the stored rows back, for comparing with what was meant. */
final class ImportedSet implements AutoCloseable {

    private final Connection connection;

    private ImportedSet(Connection connection) {
        this.connection = connection;
    }

    /** Imports {@code pre/} and {@code post/} of a generated set into a new workspace under {@code scratch}. */
    static ImportedSet of(Path set, Path scratch) throws Exception {
        return of(Map.of(Snapshot.PRE, InputFiles.expand(List.of(set.resolve("pre"))),
                Snapshot.POST, InputFiles.expand(List.of(set.resolve("post")))), scratch);
    }

    static ImportedSet of(Map<Snapshot, List<Path>> files, Path scratch) throws Exception {
        Path data;
        try (Workspace workspace = Workspace.open(scratch.resolve("check"))) {
            List<InputImporter.FileOutcome> outcomes = new InputImporter().importAll(workspace, files, f -> null,
                    ProgressListener.NONE);
            assertThat(outcomes).allMatch(InputImporter.FileOutcome::loaded);
            data = workspace.dataFile();
        }
        // the stored rows, read straight from the analytic store
        return new ImportedSet(DriverManager.getConnection("jdbc:duckdb:" + data));
    }

    /** The stored values of the given canonical columns, in file order. */
    List<Object[]> rows(Snapshot s, TableKind table, List<String> columns) throws SQLException {
        String sql = "SELECT " + String.join(", ", columns.stream().map(SqlNames::checked).toList()) + " FROM "
                + SqlNames.dataTable(s, table) + " ORDER BY " + SqlNames.IMPORT_ID + ", " + SqlNames.SOURCE_LINE;
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    Object value = rs.getObject(i + 1);
                    row[i] = value instanceof java.sql.Timestamp ? rs.getObject(i + 1, LocalDateTime.class) : value;
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
