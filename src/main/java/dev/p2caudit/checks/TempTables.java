package dev.p2caudit.checks;

import dev.p2caudit.store.Sql;
import dev.p2caudit.store.Uninterruptibly;
import dev.p2caudit.store.WorkTables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Working tables of one audit run (reference maps, pairings): created once per run on first use,
 * on disk (see {@link WorkTables} for why not in memory), dropped when the run ends. Rules run on
 * two threads at once ({@link AuditEngine}); {@link #once} makes sure a table both need is built
 * by the first that asks while the other waits for it.
 */
final class TempTables implements AutoCloseable {

    private final Sql sql;
    private final WorkTables work;
    private final Set<String> created = new LinkedHashSet<>();
    private final ConcurrentHashMap<String, FutureTask<Object>> builds = new ConcurrentHashMap<>();

    TempTables(Sql sql, WorkTables work) {
        this.sql = sql;
        this.work = work;
    }

    /**
     * The result of {@code build} under {@code name}: built on the asking thread the first time,
     * awaited by any thread that asks while it is being built, remembered for the rest of the run.
     * A build that failed fails again for every later asker. Builds may ask for other builds (a
     * reference map needs its reference rows); they form no cycle, so no thread waits for itself.
     */
    @SuppressWarnings("unchecked")
    <T> T once(String name, Supplier<T> build) {
        FutureTask<Object> mine = new FutureTask<>(build::get);
        FutureTask<Object> task = builds.putIfAbsent(name, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return (T) Uninterruptibly.get(task);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Whether {@code name} was created in this run. Only for tables that one chain of rules builds
     * and reads in order (the duplicate rules); tables that rules on both threads share go through
     * {@link #once}.
     */
    boolean exists(String name) {
        synchronized (created) {
            return created.contains(name);
        }
    }

    /** {@link #create}, once per run: later calls with the same name return at once. */
    void createOnce(String name, String query, List<?> params, String... indexed) {
        once(name, () -> {
            create(name, query, params, indexed);
            return name;
        });
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
     * As {@link #create}, but the indexes are built once the rows are in, for keys that arrive in
     * no order (names, GUIDs, numbers mixed): maintaining such an index row by row costs more than
     * building it afterwards, as on the data tables (ADR 0005). Measured on the reference rows at
     * scale 1000: the orders' reference map 17.9–20.3 s → 11.2–11.9 s per snapshot.
     */
    void createThenIndex(String name, String query, List<?> params, String... indexed) {
        fill(name, query, params, null, false, indexed);
    }

    /**
     * As {@link #create}, with {@code primary} (a BIGINT column, unique and never NULL) as the
     * table's row key: H2 then stores the rows by it and needs no separate index for it.
     */
    void createKeyed(String name, String query, List<?> params, String primary, String... indexed) {
        fill(name, query, params, primary, true, indexed);
    }

    private void fill(String name, String query, List<?> params, String primary, boolean indexFirst, String... indexed) {
        synchronized (created) {
            created.add(name);
        }
        work.createEmpty(name, query, params);
        if (primary != null) {
            sql.execute("ALTER TABLE " + name + " ALTER COLUMN " + primary + " SET NOT NULL");
            sql.execute("ALTER TABLE " + name + " ADD PRIMARY KEY (" + primary + ")");
        }
        if (indexFirst) {
            index(name, indexed);
        }
        // DIRECT: rows go straight in, without H2 first buffering the whole result (spilling to disk
        // past 40,000 rows).
        sql.execute("INSERT INTO " + name + " DIRECT " + query, params);
        if (!indexFirst) {
            index(name, indexed);
        }
    }

    private void index(String name, String... columns) {
        for (String column : columns) {
            sql.execute("CREATE INDEX " + name + "_" + column + " ON " + name + "(" + column + ")");
        }
    }

    @Override
    public void close() {
        synchronized (created) {
            for (String name : created) {
                work.drop(name);
            }
            created.clear();
        }
        builds.clear();
    }
}
