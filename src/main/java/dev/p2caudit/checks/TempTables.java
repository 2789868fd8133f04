package dev.p2caudit.checks;

import dev.p2caudit.store.Sql;
import dev.p2caudit.store.WorkTables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Working tables of one audit run (reference maps, pairings): created once per run on first use,
 * on disk (see {@link WorkTables} for why not in memory), dropped when the run ends.
 */
final class TempTables implements AutoCloseable {

    private final Sql sql;
    private final WorkTables work;
    private final Set<String> created = new LinkedHashSet<>();

    TempTables(Sql sql, WorkTables work) {
        this.sql = sql;
        this.work = work;
    }

    boolean exists(String name) {
        return created.contains(name);
    }

    /**
     * Creates {@code name} from a query, with indexes on the given columns. The table is created
     * empty and indexed first, then filled: H2 maintains an index during inserts for about a third
     * of what building it over a million rows afterwards costs.
     */
    void create(String name, String query, List<?> params, String... indexed) {
        createKeyed(name, query, params, null, indexed);
    }

    /**
     * As {@link #create}, with {@code primary} (a BIGINT column, unique and never NULL) as the
     * table's row key: H2 then stores the rows by it and needs no separate index for it.
     */
    void createKeyed(String name, String query, List<?> params, String primary, String... indexed) {
        created.add(name);
        work.createEmpty(name, query, params);
        if (primary != null) {
            sql.execute("ALTER TABLE " + name + " ALTER COLUMN " + primary + " SET NOT NULL");
            sql.execute("ALTER TABLE " + name + " ADD PRIMARY KEY (" + primary + ")");
        }
        for (String column : indexed) {
            sql.execute("CREATE INDEX " + name + "_" + column + " ON " + name + "(" + column + ")");
        }
        // DIRECT: rows go straight in, without H2 first buffering the whole result (spilling to disk
        // past 40,000 rows).
        sql.execute("INSERT INTO " + name + " DIRECT " + query, params);
    }

    @Override
    public void close() {
        for (String name : created) {
            work.drop(name);
        }
        created.clear();
    }
}
