package dev.p2caudit.ui.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The one way the desktop app works in the background: a task runs on a single worker thread
 * (the workspace has one connection, so its work is serial anyway), its result comes back on the
 * event thread. Long read-only work (the dashboard's sums over whole tables) has a lane of its
 * own, {@link #runAside}, on the session's second connection, so that it never holds up the
 * queries of the screen in front. Presenter tests use {@link #direct()}, which runs everything
 * in place.
 */
public final class Background {

    /** Work that may touch the disk or the database. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Where failures go that the caller does not handle itself. */
    @FunctionalInterface
    public interface Failures {
        void failed(String what, Throwable error);
    }

    private final ExecutorService worker;
    private final ExecutorService aside;
    private volatile Failures failures = (what, error) -> { };

    private Background(ExecutorService worker, ExecutorService aside) {
        this.worker = worker;
        this.aside = aside;
    }

    /** A worker thread and a lane aside, results on the event thread. */
    public static Background worker() {
        return new Background(thread("p2c-worker"), thread("p2c-aside"));
    }

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs work and its callbacks at once, on the calling thread (tests). */
    public static Background direct() {
        return new Background(null, null);
    }

    public void onUnhandledFailure(Failures handler) {
        this.failures = handler;
    }

    /** Hands a failure to the app's handler (an error dialog), for callers that cleaned up first. */
    public void report(String what, Throwable error) {
        failures.failed(what, error);
    }

    /** Runs {@code work} in the background; {@code done} gets its result on the event thread. */
    public <T> void run(String what, Work<T> work, Consumer<T> done) {
        run(what, work, done, error -> failures.failed(what, error));
    }

    public <T> void run(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        submit(worker, work, done, failed);
    }

    /** Long read-only work on the lane aside (use {@link AuditSession#reader()} there, never the workspace). */
    public <T> void runAside(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        submit(aside, work, done, failed);
    }

    private <T> void submit(ExecutorService lane, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (lane == null) {
            runInPlace(work, done, failed);
            return;
        }
        lane.execute(() -> {
            Threads.requireBackground();
            try {
                T result = work.run();
                onEventThread(() -> done.accept(result));
            } catch (Exception | Error e) {
                onEventThread(() -> failed.accept(e));
            }
        });
    }

    /** Hands an update to the event thread (in place, for {@link #direct()}). */
    public void toEventThread(Runnable update) {
        if (worker == null) {
            update.run();
        } else {
            onEventThread(update);
        }
    }

    /** Stops taking work and waits a little for the task at hand (closing the workspace, say). */
    public void shutdown() {
        if (worker != null) {
            worker.shutdown();
            aside.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> void runInPlace(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.run();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    private static void onEventThread(Runnable update) {
        SwingUtilities.invokeLater(() -> {
            Threads.requireEventThread();
            update.run();
        });
    }
}
