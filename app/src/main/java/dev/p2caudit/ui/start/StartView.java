package dev.p2caudit.ui.start;

import java.nio.file.Path;
import java.util.List;

/** What the start screen shows. */
public interface StartView {

    /** A recent workspace, and whether its file is still there. */
    record Recent(Path file, boolean exists) {
    }

    void showRecent(List<Recent> recent);
}
