package dev.p2caudit.ui.run;

import dev.p2caudit.checks.AuditSummary;
import dev.p2caudit.model.Severity;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.CancellableProgress;
import java.util.concurrent.CancellationException;

/**
 * Runs an import and audit (or a re-run) in the background with a progress bar and a cancel
 * button. The window stays responsive: the work reports through {@link CancellableProgress}.
 */
public final class RunPresenter {

    private final RunView view;
    private final Background background;
    private final AuditJob job;
    private final RunListener listener;
    private CancellableProgress progress;

    public RunPresenter(RunView view, Background background, AuditJob job, RunListener listener) {
        this.view = view;
        this.background = background;
        this.job = job;
        this.listener = listener;
    }

    public void importAndAudit(AuditSession session, AuditJob.Inputs inputs) {
        progress = new CancellableProgress(background, view::showStep);
        CancellableProgress current = progress;
        view.showStarted("Importing " + inputs.count() + " file(s) into " + session.name() + ", then auditing");
        background.run("import and audit", () -> job.importAndAudit(session, inputs, current,
                files -> background.toEventThread(() -> view.showFiles(files.stream().map(FileLine::of).toList()))),
                this::finished, this::failed);
    }

    public void rerun(AuditSession session) {
        progress = new CancellableProgress(background, view::showStep);
        CancellableProgress current = progress;
        view.showStarted("Auditing " + session.name() + " again with the current rules and waivers");
        background.run("re-run the audit", () -> job.rerun(session, current), this::finished, this::failed);
    }

    /** Asks the work to stop; it undoes itself at its next progress report. */
    public void cancel() {
        if (progress != null && !progress.cancelled()) {
            progress.cancel();
            view.showCancelling();
        }
    }

    public boolean running() {
        return progress != null;
    }

    public void showResults() {
        listener.showResults();
    }

    public void leave() {
        listener.leave();
    }

    private void finished(AuditJob.Outcome outcome) {
        progress = null;
        view.showFinished(summary(outcome.result().summary(), outcome));
        listener.finished(outcome, outcome.allLoaded());
    }

    private void failed(Throwable error) {
        progress = null;
        if (error instanceof CancellationException) {
            view.showCancelled("Cancelled. The file being imported was undone and the unfinished audit run removed;"
                    + " files imported before it stay in the workspace.");
            listener.cancelled();
            return;
        }
        view.showFailed(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    static String summary(AuditSummary s, AuditJob.Outcome outcome) {
        long failed = outcome.files().stream().filter(f -> !f.loaded()).count();
        String files = outcome.files().isEmpty() ? "" : outcome.files().size() + " file(s), " + (failed == 0 ? "all loaded"
                : failed + " not loaded") + ". ";
        return files + String.format("Run %d: %,d finding(s): %,d error(s), %,d warning(s), %,d info, %,d waived.",
                s.runId(), s.total(), s.bySeverity().get(Severity.ERROR), s.bySeverity().get(Severity.WARNING),
                s.bySeverity().get(Severity.INFO), s.waived());
    }
}
