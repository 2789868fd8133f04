package dev.p2caudit.ui;

import dev.p2caudit.ui.start.UserSettings;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in a real window, driven by AssertJ-Swing's robot. Swing touched off the event
 * thread fails the test (FailOnThreadViolationRepaintManager). Settings and the sample workspace
 * live in a temporary folder.
 */
@Tag("gui")
@ExtendWith(ScreenshotOnFailure.class)
abstract class GuiTest {

    @TempDir
    Path dir;
    Robot robot;
    FrameFixture window;
    MainWindow frame;

    @BeforeAll
    static void needsADisplay() {
        Display.require();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openTheApp() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        UserSettings settings = UserSettings.load(dir.resolve("desktop.properties"));
        frame = GuiActionRunner.execute(() -> DesktopApp.open("test", settings, null, dir.resolve("sample-audit")));
        window = new FrameFixture(robot, frame);
        // 1440×900 at 100%, twice that at 200% (.ci/test's Xvfb screen is 4K), never beyond the screen
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        window.show(new Dimension(Math.min(com.formdev.flatlaf.util.UIScale.scale(1440), screen.width),
                Math.min(com.formdev.flatlaf.util.UIScale.scale(900), screen.height)));
    }

    @AfterEach
    void closeTheApp() {
        if (window != null) {
            window.cleanUp();
        }
    }

    /** Waits (without sleeping blindly) until {@code what} holds on the event thread. */
    static void waitFor(String description, long seconds, BooleanSupplier what) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(what::getAsBoolean);
            }
        }, Timeout.timeout(seconds * 1000));
    }

    <T> T onEdt(java.util.concurrent.Callable<T> query) {
        return GuiActionRunner.execute(query);
    }
}
