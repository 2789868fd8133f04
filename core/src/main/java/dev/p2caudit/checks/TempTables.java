package dev.p2caudit.checks;

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
 * in the analytic store (see {@link WorkTables}), dropped when the run ends. Rules run on two
 * threads at once ({@link AuditEngine}); {@link #once} makes sure a table both need is built by
 * the first that asks while the other waits for it.
 */
final class TempTables implements AutoCloseable {

    private final WorkTables work;
    private final Set<String> created = new LinkedHashSet<>();
    private final ConcurrentHashMap<String, FutureTask<Object>> builds = new ConcurrentHashMap<>();

    TempTables(WorkTables work) {
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
    void createOnce(String name, String query, List<?> params) {
        once(name, () -> {
            create(name, query, params);
            return name;
        });
    }

    /**
     * Creates {@code name} from a query. No index: DuckDB joins by hashing, so a working table is
     * only a result kept for the rules that read it again.
     */
    void create(String name, String query, List<?> params) {
        synchronized (created) {
            created.add(name);
        }
        work.create(name, query, params);
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
