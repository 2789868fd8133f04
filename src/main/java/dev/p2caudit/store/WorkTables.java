package dev.p2caudit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The working tables of an audit run: ordinary tables in the analytic store, registered in
 * {@code work_table} before they are created and dropped when the run ends, or at the next open
 * when the run never ended (a crash, a killed process).
 *
 * <p>Not DuckDB's {@code TEMPORARY} tables: those belong to one connection, and the two audit
 * lanes (ADR 0006) share them.
 */
public final class WorkTables {

    private final Sql sql;

    WorkTables(Sql sql) {
        this.sql = sql;
    }

    /** Registers {@code name} and creates it from the query's result. */
    public void create(String name, String query, List<?> params) {
        SqlNames.checked(name);
        sql.execute("DROP TABLE IF EXISTS " + name);
        sql.execute("INSERT OR IGNORE INTO work_table VALUES (?)", List.of(name));
        sql.execute("CREATE TABLE " + name + " AS " + query, params);
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
