package dev.p2caudit.report;

import dev.p2caudit.model.FindingFilter;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * One chart of an audit, for the report (as SVG) and the dashboard (in a chart panel).
 *
 * @param id          stable id, used for anchors and tests ({@code findings-by-rule})
 * @param title       what it shows
 * @param explanation one sentence for a reader who never opened the app
 * @param chart       the JFreeChart chart (AWT only; no Swing)
 * @param drill       which findings a bar or slice stands for
 */
public record AuditChart(String id, String title, String explanation, JFreeChart chart, Drill drill) {

    /** The findings behind a clicked bar (series, category) or slice (key, {@code null}). */
    @FunctionalInterface
    public interface Drill {
        Optional<FindingFilter> at(Comparable<?> series, Comparable<?> category);
    }

    /** Whether the chart has anything to show. */
    public boolean isEmpty() {
        return chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                ? plot.getDataset() == null || plot.getDataset().getColumnCount() == 0
                : chart.getPlot() instanceof org.jfree.chart.plot.PiePlot<?> pie && pie.getDataset().getItemCount() == 0;
    }
}
