package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How two lanes share a queue of tasks and what a failure does to them. The lanes race, so the
 * tasks here order them by hand: the failing lane throws once, and a task on the other lane goes
 * on only after the failing lane has stopped running (recorded the failure and parked, waiting for
 * its partner or for its pool's next job). Without that, one lane could be descheduled just
 * before it throws while the other drains the whole queue, and the test would say nothing.
 */
class WorkspaceLanesTest {

    private static final long PATIENCE_SECONDS = 30;
    private static final String CALLER = "caller";
    private static final String BESIDE = "beside";

    @TempDir
    Path dir;

    @Test
    void everyTaskRunsOnceAcrossTwoLanes() {
        List<String> ran = new ArrayList<>();
        List<Runnable> tasks = IntStream.range(0, 200).mapToObj(i -> (Runnable) () -> record(ran, "task " + i)).toList();

        try (Workspace ws = Workspace.open(dir.resolve("lanes"))) {
            new WorkspaceLanes(ws, 2).run(tasks);
        }

        assertThat(ran).hasSize(200).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "the {0} lane fails")
    @ValueSource(strings = {CALLER, BESIDE})
    void aFailureStopsTheOtherLaneBeforeItsNextTaskAndReachesTheCaller(String failing) {
        Thread caller = Thread.currentThread();
        CountDownLatch thrown = new CountDownLatch(1);
        AtomicReference<Thread> thrower = new AtomicReference<>();
        List<String> ran = new ArrayList<>();
        List<Runnable> tasks = IntStream.range(0, 100).mapToObj(i -> (Runnable) () -> {
            record(ran, "task " + i);
            boolean onCaller = Thread.currentThread() == caller;
            if (onCaller == failing.equals(CALLER)) {
                thrower.set(Thread.currentThread());
                thrown.countDown();
                throw new IllegalStateException("boom in task " + i);
            }
            awaitStopped(thrown, thrower);
        }).toList();

        try (Workspace ws = Workspace.open(dir.resolve("lanes"))) {
            assertThatThrownBy(() -> new WorkspaceLanes(ws, 2).run(tasks))
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("boom in task ");
        }

        // One task on the failing lane, at most one on the other (taken before the failure).
        assertThat(ran).hasSizeBetween(1, 2);
        assertThat(thrower.get() == caller).isEqualTo(failing.equals(CALLER));
    }

    @Test
    void oneLaneRunsOnTheCallersThreadAndStopsAtTheFirstFailure() {
        Thread caller = Thread.currentThread();
        List<String> ran = new ArrayList<>();
        List<Runnable> tasks = IntStream.range(0, 10).mapToObj(i -> (Runnable) () -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            record(ran, "task " + i);
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
        }).toList();

        try (Workspace ws = Workspace.open(dir.resolve("lanes"))) {
            assertThatThrownBy(() -> new WorkspaceLanes(ws, 1).run(tasks)).hasMessage("boom");
        }

        assertThat(ran).containsExactly("task 0", "task 1", "task 2", "task 3");
    }

    private static void record(List<String> ran, String task) {
        synchronized (ran) {
            ran.add(task);
        }
    }

    /** Waits until the failing lane has thrown and then stopped running (parked or ended). */
    private static void awaitStopped(CountDownLatch thrown, AtomicReference<Thread> thrower) {
        try {
            if (!thrown.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the failing lane never threw");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (thrower.get().getState() == Thread.State.RUNNABLE) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the failing lane never stopped running");
            }
            Thread.yield();
        }
    }
}
