package dev.p2caudit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks (an audit's rules, the builds of shared working tables) on several threads at once, each with its own
 * workspace connections: one to H2 (findings) and one to DuckDB (the checks' queries). DuckDB
 * spreads each query over the cores itself, but much of an audit is Java (the fuzzy matcher,
 * findings) and small queries, which a second lane overlaps (ADR 0006, ADR 0008). Tasks are taken
 * from a shared queue in the order given; what must run in order is one task. The calling thread
 * is the first lane, on the workspace's own connection. The first failure (a
 * CancellationException from a progress listener included) stops every lane before its next task
 * and is rethrown to the caller once every lane has stopped, so nothing writes to the workspace
 * after the caller hears of it.
 */
public final class WorkspaceLanes {

    private final Workspace workspace;
    private final int lanes;

    /**
     * As many lanes as the machine has cores, at most two: more were never measured. The system
     * property {@code p2caudit.lanes} sets another number, for measuring (ADR 0008).
     */
    public static int defaultLanes() {
        Integer asked = Integer.getInteger("p2caudit.lanes");
        return asked != null ? Math.max(1, asked) : Math.min(2, Runtime.getRuntime().availableProcessors());
    }

    public WorkspaceLanes(Workspace workspace, int lanes) {
        this.workspace = workspace;
        this.lanes = Math.max(1, lanes);
    }

    /** Runs the tasks (a chain of rules, or the build of a shared working table), in list order. */
    public void run(List<Runnable> tasks) {
        Queue<Runnable> queue = new ConcurrentLinkedQueue<>(tasks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable lane = () -> drain(queue, failure);
        if (lanes == 1) {
            lane.run();
        } else {
            runBeside(lane, failure);
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    private void runBeside(Runnable lane, AtomicReference<Throwable> failure) {
        AtomicInteger number = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(lanes - 1, r -> {
            Thread t = new Thread(r, "workspace-lane-" + number.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i < lanes; i++) {
                others.add(pool.submit(() -> workspace.onOwnConnection(lane)));
            }
            lane.run();
            for (Future<?> other : others) {
                awaitLane(other, failure);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for a lane to end (through interrupts: {@link Uninterruptibly}) and notes its failure. */
    private static void awaitLane(Future<?> other, AtomicReference<Throwable> failure) {
        try {
            Uninterruptibly.get(other);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        }
    }

    private static void drain(Queue<Runnable> queue, AtomicReference<Throwable> failure) {
        Runnable task;
        while (failure.get() == null && (task = queue.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }
    }
}
