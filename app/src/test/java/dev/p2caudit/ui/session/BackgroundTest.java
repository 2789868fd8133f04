package dev.p2caudit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thread rules: work off the event thread, results on it; each side checks. */
class BackgroundTest {

    private final Background background = Background.worker();

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void workRunsOffTheEventThreadAndItsResultComesBackOnIt() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> background.run("test", () -> "worked on " + onEventThread(),
                result -> seen.complete(result + ", delivered on " + onEventThread())));

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("worked on false, delivered on true");
    }

    @Test
    void aFailureComesBackOnTheEventThreadToTheHandler() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        background.onUnhandledFailure((what, error) -> seen.complete(what + ": " + error.getMessage() + " on "
                + onEventThread()));

        background.run("reading", () -> {
            throw new IllegalStateException("disk gone");
        }, result -> { });

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("reading: disk gone on true");
    }

    @Test
    void theChecksRefuseTheWrongThread() throws Exception {
        assertThatThrownBy(Threads::requireEventThread).isInstanceOf(IllegalStateException.class);
        CompletableFuture<Throwable> onEdt = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                Threads.requireBackground();
                onEdt.complete(null);
            } catch (IllegalStateException e) {
                onEdt.complete(e);
            }
        });
        assertThat(onEdt.get()).hasMessageContaining("would freeze the window");
    }

    @Test
    void progressReachesTheEventThreadAndACancelStopsTheNextStep() throws Exception {
        CompletableFuture<CancellableProgress.Step> shown = new CompletableFuture<>();
        CancellableProgress progress = new CancellableProgress(background, step -> shown.complete(step));

        progress.progress("pre: Orders.csv", 10, 0);
        assertThat(shown.get(10, TimeUnit.SECONDS)).isEqualTo(new CancellableProgress.Step("pre: Orders.csv", 10, 0));

        progress.cancel();
        assertThatThrownBy(() -> progress.progress("pre: Orders.csv", 20, 0))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    private static boolean onEventThread() {
        return SwingUtilities.isEventDispatchThread();
    }
}
