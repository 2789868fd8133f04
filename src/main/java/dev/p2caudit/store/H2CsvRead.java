package dev.p2caudit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.util.StringUtils;

/**
 * The baseline of the import benchmark: H2 loading a CSV file by itself, with
 * {@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)}, into a new file database with H2's defaults.
 */
public final class H2CsvRead {

    private H2CsvRead() {
    }

    /** Loads the file into a new H2 database {@code databaseBase}.mv.db and returns the rows loaded. */
    public static long load(Path csv, Path databaseBase) {
        try {
            Files.deleteIfExists(Path.of(databaseBase + Workspace.SUFFIX));
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + databaseBase.toAbsolutePath());
                 PreparedStatement create = c.prepareStatement("CREATE TABLE lines AS SELECT * FROM CSVREAD("
                         + StringUtils.quoteStringSQL(csv.toAbsolutePath().toString()) + ")")) {
                create.execute();
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM lines");
                     ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("H2 CSVREAD of " + csv + " failed: " + e.getMessage(), e);
        }
    }
}
