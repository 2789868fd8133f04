package dev.p2caudit.ui.start;

import java.nio.file.Path;

/** What the start screen's buttons ask of the app. */
public interface StartActions {

    void newAudit();

    void openWorkspace();

    void openWorkspace(Path file);

    void trySample();
}
