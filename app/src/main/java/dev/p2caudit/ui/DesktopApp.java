package dev.p2caudit.ui;

import dev.p2caudit.ui.browser.BrowserPresenter;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.duplicates.DuplicatesPresenter;
import dev.p2caudit.ui.export.ExportDialogs;
import dev.p2caudit.ui.export.ExportPresenter;
import dev.p2caudit.ui.findings.FindingsPresenter;
import dev.p2caudit.ui.newaudit.NewAuditPresenter;
import dev.p2caudit.ui.overview.OverviewPresenter;
import dev.p2caudit.ui.rules.RulesPresenter;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.run.RunPresenter;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Threads;
import dev.p2caudit.ui.start.StartPresenter;
import dev.p2caudit.ui.start.UserSettings;
import java.awt.Desktop;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/** Starts the desktop app: the theme, the window, every screen's presenter, wired together. */
public final class DesktopApp {

    private DesktopApp() {
    }

    /** Whether a window can be shown here (AWT stays in the ui: the entry point asks this). */
    public static boolean displayAvailable() {
        return !java.awt.GraphicsEnvironment.isHeadless();
    }

    /**
     * From {@code main}: reads the user's settings, then builds and shows the window on the event
     * thread, on the start screen or on {@code workspace}.
     */
    public static void launch(String toolVersion, Path workspace) {
        UserSettings settings = UserSettings.load(UserSettings.defaultFile());
        Path sample = UserSettings.defaultFile().toAbsolutePath().getParent().resolve("sample-audit");
        SwingUtilities.invokeLater(() -> open(toolVersion, settings, workspace, sample).setVisible(true));
    }

    /** Builds the window (on the event thread) and starts it; the caller shows it. */
    public static MainWindow open(String toolVersion, UserSettings settings, Path workspace, Path sampleWorkspace) {
        Threads.requireEventThread();
        Theme.apply(settings.dark());
        Background background = Background.worker();
        MainWindow window = new MainWindow(background);
        MainPresenter app = new MainPresenter(window, background, settings, sampleWorkspace);
        background.onUnhandledFailure((what, error) -> window.showError("Could not finish " + what,
                error.getMessage() == null ? error.toString() : error.getMessage()));
        Screens screens = new Screens(
                new StartPresenter(window.start, settings, background, app),
                new NewAuditPresenter(window.newAudit, background, app),
                new RunPresenter(window.run, background, new AuditJob(toolVersion), app),
                new OverviewPresenter(window.overview, background, app),
                new FindingsPresenter(window.findings, background, app),
                new BrowserPresenter(window.browser, background, app),
                new DuplicatesPresenter(window.duplicates, background, app),
                new RulesPresenter(window.rules, background, app),
                new ExportPresenter(new ExportDialogs(window), background, () -> app.session().orElse(null),
                        file -> Desktop.getDesktop().open(file.toFile())));
        window.start.attach(screens.start());
        window.newAudit.attach(screens.newAudit());
        window.run.attach(screens.run());
        window.overview.attach(screens.overview());
        window.findings.attach(screens.findings());
        window.browser.attach(screens.browser());
        window.duplicates.attach(screens.duplicates());
        window.rules.attach(screens.rules());
        app.attach(screens);
        window.attach(app, screens);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                background.shutdown();
            }
        });
        app.start(workspace);
        return window;
    }
}
