package dev.p2caudit.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** The Export menu's dialogs. */
public interface ExportView {

    /** Where to write, and whether to open the file when it is written. */
    record Choice(Path file, boolean openWhenDone) {
    }

    Optional<Choice> choose(ExportKind kind, Path suggested);

    /** The chosen file exists: may it be replaced? */
    boolean confirmReplace(Path file);

    void showExported(ExportKind kind, Path file, String note);

    void showFailed(ExportKind kind, String message);
}
