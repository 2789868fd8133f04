package dev.p2caudit.ui.overview;

import dev.p2caudit.report.AuditChart;
import java.util.List;

/** The dashboard. */
public interface OverviewView {

    void showLoading();

    void showSummary(OverviewSummary summary);

    void showCharts(List<AuditChart> charts);
}
