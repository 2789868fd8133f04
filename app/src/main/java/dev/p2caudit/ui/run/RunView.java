package dev.p2caudit.ui.run;

import dev.p2caudit.ui.session.CancellableProgress;
import java.util.List;

/** The progress screen of an import and audit. */
public interface RunView {

    void showStarted(String title);

    void showStep(CancellableProgress.Step step);

    /** What became of each file (after the import, before the audit). */
    void showFiles(List<FileLine> files);

    void showCancelling();

    /** Finished; {@code summary} in a sentence; the results button is offered. */
    void showFinished(String summary);

    void showCancelled(String message);

    void showFailed(String message);
}
