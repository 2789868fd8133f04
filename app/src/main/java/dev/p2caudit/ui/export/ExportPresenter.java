package dev.p2caudit.ui.export;

import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Export: a file chooser, the writer in the background, the file opened when asked. */
public final class ExportPresenter {

    /** Opens a written file in the desktop's application for it. */
    @FunctionalInterface
    public interface Opener {
        void open(Path file) throws IOException;
    }

    private final ExportView view;
    private final Background background;
    private final Supplier<AuditSession> session;
    private final Opener opener;

    public ExportPresenter(ExportView view, Background background, Supplier<AuditSession> session, Opener opener) {
        this.view = view;
        this.background = background;
        this.session = session;
        this.opener = opener;
    }

    public void export(ExportKind kind) {
        AuditSession current = session.get();
        if (current == null || current.run().isEmpty()) {
            view.showFailed(kind, "There is no audit run to export yet.");
            return;
        }
        long runId = current.runId();
        Path suggested = current.file().resolveSibling(current.name() + "-run" + runId + "." + kind.extension());
        view.choose(kind, suggested).ifPresent(choice -> background.run("looking at " + choice.file(),
                () -> Files.exists(choice.file()), exists -> {
                    if (!exists || view.confirmReplace(choice.file())) {
                        write(kind, choice, current, runId);
                    }
                }));
    }

    private void write(ExportKind kind, ExportView.Choice choice, AuditSession current, long runId) {
        background.run("writing the " + kind.title(), () -> {
            kind.write(choice.file(), current.workspace(), runId);
            return choice.openWhenDone() ? open(choice.file()) : "";
        }, note -> view.showExported(kind, choice.file(), note), error -> view.showFailed(kind,
                error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    /** Opening is a courtesy: a desktop without a handler for the file type is not a failure. */
    private String open(Path file) {
        try {
            opener.open(file);
            return "";
        } catch (IOException | RuntimeException e) {
            return "It could not be opened here (" + e.getMessage() + "); open it from its folder.";
        }
    }
}
