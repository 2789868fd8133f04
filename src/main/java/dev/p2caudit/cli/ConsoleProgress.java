package dev.p2caudit.cli;

import dev.p2caudit.model.ProgressListener;
import java.io.PrintWriter;

/**
 * Progress on the terminal: a bar redrawn in place when stderr is a terminal, a plain line per
 * task otherwise (logs and CI do not want carriage returns).
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private String lastTask;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(String task, long done, long total) {
        if (!terminal) {
            if (!task.equals(lastTask)) {
                err.println(task);
                err.flush();
                lastTask = task;
            }
            return;
        }
        long now = System.nanoTime();
        if (task.equals(lastTask) && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastTask = task;
        lastDraw = now;
        err.print("\r" + line(task, done, total) + "\u001B[K");
        err.flush();
        drawn = true;
    }

    static String line(String task, long done, long total) {
        if (total < 1) {
            return String.format("%s  %,d rows", task, done);
        }
        int filled = (int) Math.min(BAR, BAR * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + "  " + task;
    }

    @Override
    public void close() {
        if (terminal && drawn) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
