package dev.p2caudit.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.CancellableProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPresenterTest {

    private static final AuditJob.Inputs SAMPLE = new AuditJob.Inputs(Map.of(Snapshot.PRE, List.of(Path.of("sample-data/pre")),
            Snapshot.POST, List.of(Path.of("sample-data/post"))), Map.of());

    @TempDir
    Path dir;
    private AuditSession session;
    private final List<String> events = new ArrayList<>();
    private final List<CancellableProgress.Step> steps = new ArrayList<>();
    private List<FileLine> files = List.of();
    private String outcome;
    private int cancelAtStep = -1;
    private RunPresenter presenter;

    @BeforeEach
    void open() {
        session = AuditSession.open(dir.resolve("ws"));
        presenter = new RunPresenter(new RunView() {
            @Override
            public void showStarted(String title) {
                events.add("started");
            }

            @Override
            public void showStep(CancellableProgress.Step step) {
                steps.add(step);
                if (steps.size() == cancelAtStep) {
                    presenter.cancel();
                }
            }

            @Override
            public void showFiles(List<FileLine> lines) {
                files = lines;
            }

            @Override
            public void showCancelling() {
                events.add("cancelling");
            }

            @Override
            public void showFinished(String summary) {
                outcome = summary;
            }

            @Override
            public void showCancelled(String message) {
                outcome = message;
            }

            @Override
            public void showFailed(String message) {
                outcome = "failed: " + message;
            }
        }, Background.direct(), new AuditJob("test"), new RunListener() {
            @Override
            public void finished(AuditJob.Outcome o, boolean clean) {
                events.add("finished clean=" + clean);
            }

            @Override
            public void cancelled() {
                events.add("cancelled");
            }

            @Override
            public void showResults() {
                events.add("results");
            }

            @Override
            public void leave() {
                events.add("leave");
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void importsAuditsAndReportsEachFileAndTheCounts() {
        presenter.importAndAudit(session, SAMPLE);

        assertThat(events).containsExactly("started", "finished clean=true");
        assertThat(files).hasSize(18).allMatch(FileLine::ok);
        assertThat(files).filteredOn(f -> f.rejected() > 0).extracting(FileLine::message)
                .allMatch(m -> m.contains("rejected: see the INPUT-REJECTED findings"));
        assertThat(outcome).startsWith("18 file(s), all loaded. Run ").contains("error(s)");
        assertThat(steps).anyMatch(s -> s.task().startsWith("pre: ")).anyMatch(s -> s.task().startsWith("checking"));
        assertThat(session.run()).isPresent();
    }

    @Test
    void aCancelStopsTheWorkAndKeepsNoRun() {
        cancelAtStep = 3;

        presenter.importAndAudit(session, SAMPLE);

        assertThat(events).containsExactly("started", "cancelling", "cancelled");
        assertThat(outcome).startsWith("Cancelled.");
        assertThat(session.run()).isEmpty();
        assertThat(session.workspace().findings().runs()).isEmpty();
        assertThat(presenter.running()).isFalse();
    }

    @Test
    void aCancelDuringTheAuditRemovesThePartialRun() {
        presenter.importAndAudit(session, SAMPLE);
        steps.clear();
        cancelAtStep = 5;

        presenter.rerun(session);

        assertThat(steps.get(steps.size() - 1).task()).startsWith("checking");
        assertThat(session.workspace().findings().runs()).hasSize(1);
        assertThat(outcome).startsWith("Cancelled.");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersAreAudited() throws Exception {
        Path mystery = java.nio.file.Files.writeString(dir.resolve("mystery.csv"), "a,b\n1,2\n");

        presenter.importAndAudit(session, new AuditJob.Inputs(Map.of(Snapshot.PRE, List.of(mystery,
                Path.of("sample-data/pre/Quotes.csv"))), Map.of()));

        assertThat(events).containsExactly("started", "finished clean=false");
        assertThat(files).extracting(FileLine::ok).containsExactly(false, true);
        assertThat(files.get(0).message()).isNotBlank().isNotEqualTo("loaded");
        assertThat(outcome).startsWith("2 file(s), 1 not loaded.");
    }
}
