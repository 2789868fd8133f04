package dev.p2caudit.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.report.AuditChart;
import dev.p2caudit.ui.RecordingNavigator;
import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewPresenterTest {

    @TempDir
    Path dir;
    private AuditSession session;
    private OverviewSummary summary;
    private List<AuditChart> charts;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private OverviewPresenter presenter;

    @BeforeEach
    void open() {
        session = SampleWorkspace.copyInto(dir);
        presenter = new OverviewPresenter(new OverviewView() {
            @Override
            public void showLoading() {
            }

            @Override
            public void showSummary(OverviewSummary s) {
                summary = s;
            }

            @Override
            public void showCharts(List<AuditChart> list) {
                charts = list;
            }
        }, Background.direct(), navigator);
        presenter.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theDashboardHasTheRunsCountsAndTheSharedCharts() {
        long errors = session.workspace().findings().count(session.runId(), FindingFilter.ALL.withSeverity(Severity.ERROR));

        assertThat(summary.counts().bySeverity().get(Severity.ERROR)).isEqualTo(errors);
        assertThat(summary.rows(Snapshot.PRE)).isPositive();
        assertThat(charts).extracting(AuditChart::id).contains("findings-by-rule", "findings-by-severity",
                "rows-per-table", "money-per-table", "rounding-residues", "relationship-types", "duplicate-groups");
    }

    @Test
    void theChartOfRulesLeavesHalfABarAboveTheFirstRuleNotAnEmptyBand() {
        var plot = (org.jfree.chart.plot.CategoryPlot) charts.stream().filter(c -> c.id().equals("findings-by-rule"))
                .findFirst().orElseThrow().chart().getPlot();
        int rules = plot.getDataset().getColumnCount();

        assertThat(rules).isGreaterThan(20);
        assertThat(plot.getDomainAxis().getLowerMargin()).isEqualTo(0.5 / rules);
        assertThat(plot.getDomainAxis().getUpperMargin()).isEqualTo(0.5 / rules);
    }

    @Test
    void aClickOnABarOpensTheFindingsBehindIt() {
        presenter.clicked("findings-by-rule", "WARNING", "ORD-COUNTRY");
        presenter.clicked("findings-by-severity", "findings", "ERROR");
        presenter.clicked("rows-per-table", "pre", "order_line");

        assertThat(navigator.calls).containsExactly("findings", "findings", "findings");
        assertThat(navigator.filter).isEqualTo(FindingFilter.ALL.withTable(TableKind.ORDER_LINE));
    }

    @Test
    void aClickOnAnUnknownChartGoesNowhere() {
        presenter.clicked("no-such-chart", "a", "b");

        assertThat(navigator.calls).isEmpty();
    }
}
