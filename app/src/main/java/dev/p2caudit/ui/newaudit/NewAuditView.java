package dev.p2caudit.ui.newaudit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the new-audit screen shows and asks. */
public interface NewAuditView {

    void showFiles(List<InputRow> rows);

    /** One row changed (an inspection finished, a table was named). */
    void showFile(int index, InputRow row);

    /** The header mapping of the selected file, or nothing selected. */
    void showMapping(InputRow row);

    void showWorkspace(Path file);

    /** A problem the user must fix before importing. */
    void showProblem(String message);

    /** A yes/no question; {@code true} to go on. */
    boolean confirm(String message);

    Optional<Path> chooseWorkspaceFile(Path suggested);
}
