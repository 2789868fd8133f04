package dev.p2caudit.ui.run;

/** What the app does when an audit ends. */
public interface RunListener {

    /** The run is in the workspace; {@code clean}: every file loaded, so the results may open at once. */
    void finished(AuditJob.Outcome outcome, boolean clean);

    /** Nothing of the run was kept. */
    void cancelled();

    /** The user asks for the results of the run just finished. */
    void showResults();

    /** After a cancel or a failure: back to where the audit was started. */
    void leave();
}
