package dev.p2caudit.model;

/**
 * Long work reports here: the import and the audit engine call it, the terminal and the
 * desktop app show it. Called from the working thread; implementations hand over themselves.
 * Cancelling is cooperative: a listener may throw {@link java.util.concurrent.CancellationException},
 * and the work stops cleanly (an import is undone, a partial audit run is removed). Interrupting
 * the thread is not the way: H2 must not be interrupted in the middle of its file I/O.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (task, done, total) -> { };

    /**
     * @param task  what is being done, in a few words ({@code pre: Order Products.csv})
     * @param done  units done so far
     * @param total units in all, or a value below 1 when unknown
     */
    void progress(String task, long done, long total);
}
