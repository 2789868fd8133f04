package dev.p2caudit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The baseline of the import benchmark: DuckDB loading a CSV file by itself, with
 * {@code CREATE TABLE … AS SELECT * FROM read_csv(…)} (its own sniffing and typing), into a new
 * database file with the workspace's memory and thread limits.
 */
public final class DuckCsvRead {

    private DuckCsvRead() {
    }

    /** Loads the file into a new DuckDB database {@code databaseBase}.duckdb and returns the rows loaded. */
    public static long load(Path csv, Path databaseBase) {
        Path file = Path.of(databaseBase + DataStore.SUFFIX);
        try {
            DataStore.delete(file);
            DataStore store = DataStore.open(file);
            try {
                Connection c = store.connection();
                try (PreparedStatement create = c.prepareStatement("CREATE TABLE lines AS SELECT * FROM read_csv(?)")) {
                    create.setString(1, csv.toAbsolutePath().toString());
                    create.execute();
                }
                try (Statement count = c.createStatement(); ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM lines")) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                store.close();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("DuckDB read_csv of " + csv + " failed: " + e.getMessage(), e);
        }
    }
}
