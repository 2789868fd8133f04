package dev.p2caudit.ui.session;

import javax.swing.SwingUtilities;

/**
 * The two thread rules of the desktop app, checked where they matter: the database and the disk
 * are touched only off the event thread (else the window freezes), Swing only on it.
 */
public final class Threads {

    private Threads() {
    }

    /** For code that updates components. */
    public static void requireEventThread() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Swing touched off the event thread, on " + Thread.currentThread().getName());
        }
    }

    /** For code that reads or writes the workspace or files. */
    public static void requireBackground() {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("disk or database work on the event thread would freeze the window");
        }
    }
}
