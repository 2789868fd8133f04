package dev.p2caudit.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work another thread of the audit does. An interrupt does not stop the wait:
 * cancelling is the progress listener's (ProgressListener), and a half-built working table or a
 * lane still writing must not be left behind. The interrupt flag is kept for the caller.
 */
public final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** {@link Future#get()}, waiting on through interrupts. */
    public static <T> T get(Future<T> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
