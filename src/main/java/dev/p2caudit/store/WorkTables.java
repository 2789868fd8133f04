package dev.p2caudit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The working tables of an audit run: ordinary tables in the workspace file, registered in
 * {@code work_table} when created and dropped when the run ends, or at the next open when the
 * run never ended (a crash, a killed process).
 *
 * <p>Not H2's {@code LOCAL TEMPORARY} tables: H2 keeps those in memory, and the pairing of a
 * million order lines then needs more than a 1 GB heap (measured: out of memory at scale 1000,
 * where the same tables on disk keep the live heap under 50 MB).
 */
public final class WorkTables {

    private final Sql sql;

    WorkTables(Sql sql) {
        this.sql = sql;
    }

    /** Creates {@code name} empty, shaped as the query's result, and registers it. */
    public void createEmpty(String name, String query, List<?> params) {
        sql.execute("DROP TABLE IF EXISTS " + name);
        sql.execute("MERGE INTO work_table KEY(name) VALUES (?)", List.of(name));
        sql.execute("CREATE TABLE " + name + " AS " + query + " WITH NO DATA", params);
    }

    public void drop(String name) {
        sql.execute("DROP TABLE IF EXISTS " + name);
        sql.execute("DELETE FROM work_table WHERE name = ?", List.of(name));
    }

    /** Drops every registered working table. */
    static void dropAll(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM work_table")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM work_table WHERE name = ?")) {
            for (String name : names) {
                st.execute("DROP TABLE IF EXISTS " + SqlNames.checked(name));
                forget.setString(1, name);
                forget.executeUpdate();
            }
        }
    }
}
