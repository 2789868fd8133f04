package dev.p2caudit.cli;

import dev.p2caudit.model.ProgressListener;
import java.io.PrintWriter;

/**
 * Progress on the terminal: a bar redrawn in place when stderr is a terminal, a plain line per
 * task otherwise (logs and CI do not want carriage returns). The rest of an earlier, longer line
 * is cleared with an escape sequence where the terminal understands them, else with spaces (a
 * plain Windows console prints escape sequences as text).
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean ansi;
    private int lastWidth;
    private String lastTask;
    private String lastStep;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintWriter err) {
        this(err, ConsoleText.terminal(), ConsoleText.ansi());
    }

    ConsoleProgress(PrintWriter err, boolean terminal, boolean ansi) {
        this.err = err;
        this.terminal = terminal;
        this.ansi = ansi;
    }

    @Override
    public void progress(String task, long done, long total) {
        if (!terminal) {
            plainLine(task, done, total);
            return;
        }
        long now = System.nanoTime();
        if (task.equals(lastTask) && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastTask = task;
        lastDraw = now;
        String line = line(task, done, total);
        err.print("\r" + line + clearRest(line.length()));
        err.flush();
        lastWidth = line.length();
        drawn = true;
    }

    /** Off a terminal: a line when the phase changes (a new file, checking) and every tenth step. */
    private void plainLine(String task, long done, long total) {
        String phase = task.contains(":") ? task : task.split(" ", 2)[0];
        boolean step = total > 0 && done > 0 && done % 10 == 0;
        if (!phase.equals(lastTask) || step && !task.equals(lastStep)) {
            err.println(total > 0 && !phase.equals(task) ? phase + " " + done + "/" + total : task);
            err.flush();
            lastTask = phase;
            lastStep = task;
        }
    }

    static String line(String task, long done, long total) {
        if (total < 1) {
            return String.format("%s  %,d rows", task, done);
        }
        int filled = (int) Math.min(BAR, BAR * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + "  " + task;
    }

    private String clearRest(int width) {
        return ansi ? "\u001B[K" : " ".repeat(Math.max(0, lastWidth - width));
    }

    @Override
    public void close() {
        if (terminal && drawn) {
            err.print("\r" + clearRest(0) + (ansi ? "" : "\r"));
            err.flush();
        }
    }
}
