package dev.p2caudit.ui.session;

import dev.p2caudit.model.ProgressListener;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The progress of background work as the window shows it, and the way to stop it. The import
 * and the engine call {@link #progress} on the worker; the latest step reaches the event thread
 * without flooding it (one pending update at a time). Cancelling is cooperative, as the model
 * requires: the next progress call throws {@link CancellationException} and the work undoes
 * itself; the thread is never interrupted in the middle of H2's file I/O.
 */
public final class CancellableProgress implements ProgressListener {

    /** One step: what, how far, of how much (below 1: unknown). */
    public record Step(String task, long done, long total) {
    }

    private final Background background;
    private final Consumer<Step> show;
    private final AtomicReference<Step> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean cancelled;

    public CancellableProgress(Background background, Consumer<Step> show) {
        this.background = background;
        this.show = show;
    }

    /** Asks the work to stop at its next progress report. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void progress(String task, long done, long total) {
        if (cancelled) {
            throw new CancellationException("cancelled by the user");
        }
        latest.set(new Step(task, done, total));
        if (scheduled.compareAndSet(false, true)) {
            background.toEventThread(() -> {
                scheduled.set(false);
                show.accept(latest.get());
            });
        }
    }
}
