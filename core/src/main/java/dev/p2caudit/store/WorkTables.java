package dev.p2caudit.store;

import java.util.List;

/**
 * The working tables of an audit run: tables of the in-memory database {@value DataStore#WORK}
 * attached to the analytic store, which every connection (both audit lanes, ADR 0006) sees and
 * which a crash or a killed process takes with it. Dropped when the run ends.
 *
 * <p>Not DuckDB's {@code TEMPORARY} tables: those belong to one connection. Not tables in the
 * workspace's file: DuckDB would compress and write every one of them for nothing (they were
 * measured at about a third of the audit's time at scale 1000 there).
 */
public final class WorkTables {

    private final Sql sql;

    WorkTables(Sql sql) {
        this.sql = sql;
    }

    /** Creates {@code name} from the query's result; queries find it by its name alone. */
    public void create(String name, String query, List<?> params) {
        String qualified = qualified(name);
        sql.execute("DROP TABLE IF EXISTS " + qualified);
        sql.execute("CREATE TABLE " + qualified + " AS " + query, params);
    }

    public void drop(String name) {
        sql.execute("DROP TABLE IF EXISTS " + qualified(name));
    }

    private static String qualified(String name) {
        return DataStore.WORK + ".main." + SqlNames.checked(name);
    }
}
