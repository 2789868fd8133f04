package dev.p2caudit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.common.LazyTableModel;
import dev.p2caudit.ui.start.UserSettings;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The desktop app on the 1,000,000-order-line workspace (docs/ui.md): the findings table and the
 * data browser open in under a second and a jump anywhere in them shows its rows without a
 * stall. Only when asked for:
 * {@code mvn test -Dbench.skip=false -Dtest=UiBenchmarkTest -Dp2caudit.bench.workspace=FILE}.
 */
@Tag("bench")
class UiBenchmarkTest {

    private static final int JUMPS = 40;
    private static final int DRILL_DOWNS = 20;

    @TempDir
    Path dir;
    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;
    private final EdtProbe probe = new EdtProbe();

    @AfterEach
    void close() {
        probe.stop();
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void findingsAndDataBrowserOpenInUnderASecondAndScrollWithoutStalls() throws Exception {
        Path workspace = Path.of(System.getProperty("p2caudit.bench.workspace", ""));
        if (!Files.isRegularFile(workspace)) {
            fail("name the 1,000,000-line workspace with -Dp2caudit.bench.workspace=FILE (docs/ui.md), not " + workspace);
        }
        Display.require();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        UserSettings settings = UserSettings.load(dir.resolve("desktop.properties"));
        long started = System.nanoTime();
        frame = GuiActionRunner.execute(() -> DesktopApp.open("bench", settings, workspace, dir.resolve("sample")));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1600, 1000));
        waitFor(120, () -> frame.app().tab() == Tab.OVERVIEW && !frame.overview().chartPanels().isEmpty());
        report("dashboard (workspace opened, charts of the whole run)", millis(started));
        probe.start();

        probe.reset();
        long findingsOpen = open(() -> frame.app().showTab(Tab.FINDINGS), frame.findings().table(),
                () -> frame.findings().rowAt(0) != null);
        long findingsRows = onEdt(() -> (long) frame.findings().table().getRowCount());
        long findingsStall = probe.reset();
        Jumps findingsJumps = jumpAround(frame.findings().table(), frame.findings().model());
        long findingsJumpStall = probe.reset();
        report("findings table open (" + String.format("%,d", findingsRows) + " findings)", findingsOpen);
        findingsJumps.report("findings table");

        long browserOpen = open(() -> {
            frame.app().showTab(Tab.DATA);
            frame.app().screens().browser().open(Snapshot.POST, TableKind.ORDER_LINE);
        }, frame.browser().table(), () -> frame.browser().model().getRowCount() > 100_000
                && frame.browser().model().cache().loaded(0));
        long browserRows = onEdt(() -> (long) frame.browser().table().getRowCount());
        long browserStall = probe.reset();
        Jumps browserJumps = jumpAround(frame.browser().table(), frame.browser().model());
        long browserJumpStall = probe.reset();
        report("data browser open (post order lines, " + String.format("%,d", browserRows) + " rows)", browserOpen);
        browserJumps.report("data browser");

        Jumps drillDowns = drillDown(frame.app().session().orElseThrow().workspace());
        report("record drill-down (a finding's pre and post rows, as its detail looks them up): "
                + drillDowns.millis().size() + " findings, median " + drillDowns.median() + " ms, worst "
                + drillDowns.worst() + " ms", -1);

        long sorted = open(() -> frame.app().screens().browser().sort("quantity", false), frame.browser().table(),
                () -> frame.app().screens().browser().query().sortColumn() != null && frame.browser().model().cache().loaded(0));
        report("data browser sorted by quantity, descending (one pass over the table)", sorted);
        report("longest the event thread was busy: opening the findings " + findingsStall + " ms, scrolling them "
                + findingsJumpStall + " ms, opening the browser " + browserStall + " ms, scrolling it " + browserJumpStall
                + " ms, sorting " + probe.worstMillis(), -1);
        long scrollStall = Math.max(findingsJumpStall, browserJumpStall);

        assertThat(findingsOpen).as("findings table open, ms").isLessThan(1000);
        assertThat(browserOpen).as("data browser open, ms").isLessThan(1000);
        assertThat(findingsJumps.worst()).as("findings jump, worst ms").isLessThan(500);
        assertThat(browserJumps.worst()).as("browser jump, worst ms").isLessThan(500);
        assertThat(scrollStall).as("scrolling never stalls the event thread, ms").isLessThan(250);
    }

    /**
     * The lookups a finding's detail makes (FindingsPresenter): the record its key names, in pre and
     * in post, read by row id; for findings of every table spread over the run, off the event thread.
     */
    private static Jumps drillDown(Workspace ws) {
        long run = ws.findings().runs().get(0).id();
        List<Finding> picked = new ArrayList<>();
        List<Finding> all = ws.findings().page(run, 0, 200_000);
        for (int i = 0; i < all.size() && picked.size() < DRILL_DOWNS; i += Math.max(1, all.size() / (DRILL_DOWNS * 4))) {
            Finding f = all.get(i);
            if (f.table() != null && !f.rule().startsWith("DUP-") && !f.key().equals(f.table().id())) {
                picked.add(f);
            }
        }
        List<Long> times = new ArrayList<>();
        for (Finding f : picked) {
            long t0 = System.nanoTime();
            for (Snapshot side : Snapshot.values()) {
                List<Long> ids = ws.records().find(side, f.table(), f.key(), 1);
                if (!ids.isEmpty()) {
                    ws.browse(side, f.table()).rows(new long[] {ids.get(0)});
                }
            }
            times.add(millis(t0));
        }
        return new Jumps(times, picked.size());
    }

    /** From the action to the first rows on screen. */
    private long open(Runnable action, JTable table, BooleanSupplier shown) {
        long t0 = System.nanoTime();
        GuiActionRunner.execute(action::run);
        long acted = millis(t0);
        waitFor(60, () -> table.isShowing() && shown.getAsBoolean());
        long all = millis(t0);
        report("  (of which the action itself on the event thread: " + acted + " ms)", -1);
        return all;
    }

    /** Jumps to random rows (and both ends), each time until every visible row is read. */
    private Jumps jumpAround(JTable table, LazyTableModel<?> model) {
        Random random = new Random(42);
        int rows = onEdt(table::getRowCount);
        List<Long> times = new ArrayList<>();
        List<Integer> targets = new ArrayList<>(List.of(rows - 1, rows / 2, 0));
        for (int i = 0; i < JUMPS; i++) {
            targets.add(random.nextInt(rows));
        }
        for (int target : targets) {
            long t0 = System.nanoTime();
            GuiActionRunner.execute(() -> table.scrollRectToVisible(table.getCellRect(target, 0, true)));
            waitFor(30, () -> visibleRowsLoaded(table, model));
            times.add(millis(t0));
        }
        return new Jumps(times, onEdt(() -> model.cache().fetches()));
    }

    private static boolean visibleRowsLoaded(JTable table, LazyTableModel<?> model) {
        Rectangle visible = table.getVisibleRect();
        int first = table.rowAtPoint(visible.getLocation());
        int last = table.rowAtPoint(new java.awt.Point(0, visible.y + visible.height - 1));
        if (first < 0) {
            return false;
        }
        last = last < 0 ? table.getRowCount() - 1 : last;
        for (int row = first; row <= last; row++) {
            if (model.row(row) == null) {
                return false;
            }
        }
        return true;
    }

    private record Jumps(List<Long> millis, long pagesRead) {
        long worst() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long median() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        void report(String what) {
            UiBenchmarkTest.report(what + ": " + millis.size() + " jumps (ends, middle, random), median " + median()
                    + " ms, worst " + worst() + " ms; " + pagesRead + " pages of 100 read in all", -1);
        }
    }

    private static void report(String what, long millis) {
        System.out.println("UI BENCH  " + what + (millis >= 0 ? ": " + millis + " ms" : ""));
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void waitFor(long seconds, BooleanSupplier what) {
        Pause.pause(new Condition("benchmark step") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(what::getAsBoolean);
            }
        }, Timeout.timeout(seconds * 1000));
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    /** Measures how long the event thread takes to run an empty task: a stall shows as a long one. */
    private static final class EdtProbe {
        private final AtomicLong worst = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    long t0 = System.nanoTime();
                    try {
                        SwingUtilities.invokeAndWait(() -> { });
                    } catch (Exception e) {
                        return;
                    }
                    worst.accumulateAndGet(System.nanoTime() - t0, Math::max);
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
            }, "edt-probe");
            thread.setDaemon(true);
            thread.start();
        }

        long worstMillis() {
            return worst.get() / 1_000_000;
        }

        /** The worst since the last reset, in ms; starts over. */
        long reset() {
            return worst.getAndSet(0) / 1_000_000;
        }

        void stop() {
            running = false;
        }
    }
}
