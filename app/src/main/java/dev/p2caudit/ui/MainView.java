package dev.p2caudit.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The main window as the app presenter sees it: which screen is up, its title, its dialogs. */
public interface MainView {

    void showStart();

    void showNewAudit();

    void showRun();

    void showAudit(Tab tab);

    void showTitle(String title);

    /** Which menu actions make sense: a workspace is open, a run exists, work is under way. */
    void enableActions(boolean workspaceOpen, boolean runAvailable, boolean busy);

    void showError(String title, String message);

    Optional<Path> chooseWorkspace();

    /** {@code sample-data} is not in the working folder: where is it? */
    Optional<Path> chooseSampleFolder();

    void applyTheme(boolean dark);

    /** Closes the window for good. */
    void dispose();
}
