package dev.p2caudit.ui.overview;

import dev.p2caudit.model.Severity;
import dev.p2caudit.report.AuditChart;
import dev.p2caudit.report.AuditCharts;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import java.util.List;

/**
 * The dashboard: the run's counts and the shared audit charts (the same the HTML report draws).
 * A click on a bar or slice opens the findings behind it.
 */
public final class OverviewPresenter {

    private final OverviewView view;
    private final Background background;
    private final Navigator navigator;
    private List<AuditChart> charts = List.of();

    public OverviewPresenter(OverviewView view, Background background, Navigator navigator) {
        this.view = view;
        this.background = background;
        this.navigator = navigator;
    }

    /** Charts are built in the background: their data are queries over the whole run. */
    public void show(AuditSession session) {
        if (session.run().isEmpty()) {
            return;
        }
        view.showLoading();
        long runId = session.runId();
        background.runAside("building the dashboard", () -> {
            Workspace ws = session.reader();
            AuditFacts facts = AuditFacts.of(ws, runId, Severity.ERROR);
            OverviewSummary summary = new OverviewSummary(facts.run(), facts.summary(), facts.inputs());
            return new Loaded(summary, AuditCharts.of(ws, runId));
        }, loaded -> {
            if (runId != session.runId()) {
                return;
            }
            charts = loaded.charts();
            view.showSummary(loaded.summary());
            view.showCharts(charts);
        }, error -> {
            if (session.isOpen()) {
                background.report("building the dashboard", error);
            }
        });
    }

    public List<AuditChart> charts() {
        return charts;
    }

    /** A bar (series, category) or a slice (key, {@code null}) of a chart was clicked. */
    public void clicked(String chartId, Comparable<?> series, Comparable<?> category) {
        charts.stream().filter(c -> c.id().equals(chartId)).findFirst()
                .flatMap(c -> c.drill().at(series, category))
                .ifPresent(navigator::showFindings);
    }

    private record Loaded(OverviewSummary summary, List<AuditChart> charts) {
    }
}
