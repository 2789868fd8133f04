import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Spike (ADR 0007), not part of the product: runs SQL statements one after the other on a JDBC
 * URL (H2 or DuckDB) and prints each one's wall-clock time and, for a query, its rows. DuckDB is
 * held to 1 GB and 2 threads, like the JVM's {@code -Xmx1g} on a 2-core machine.
 */
public final class Statements {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0]);
             Statement st = connection.createStatement()) {
            if (args[0].startsWith("jdbc:duckdb:")) {
                st.execute("SET memory_limit='1GB'");
                st.execute("SET threads=2");
            }
            double total = 0;
            for (int i = 1; i < args.length; i++) {
                long start = System.nanoTime();
                if (st.execute(args[i])) {
                    print(st.getResultSet());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                total += seconds;
                String sql = args[i].replaceAll("\\s+", " ");
                System.out.printf("%7.2f s  %s%n", seconds, sql.substring(0, Math.min(90, sql.length())));
            }
            System.out.printf("%7.2f s  in all%n", total);
        }
    }

    private static void print(ResultSet rs) throws Exception {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder("           ");
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getString(c)).append("  ");
                }
                System.out.println(row);
            }
        }
    }
}
