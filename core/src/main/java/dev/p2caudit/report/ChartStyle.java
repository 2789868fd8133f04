package dev.p2caudit.report;

import dev.p2caudit.model.Severity;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** One look for every chart: flat bars, severity colours that match the report, readable fonts. */
final class ChartStyle {

    static final Map<Severity, Color> SEVERITY = Map.of(
            Severity.ERROR, new Color(0xC62828), Severity.WARNING, new Color(0xEF8F00), Severity.INFO, new Color(0x1E6FB5));
    static final Color PRE = new Color(0x7A8A99);
    static final Color POST = new Color(0x1E6FB5);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private ChartStyle() {
    }

    static JFreeChart flat(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TEXT);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.setOutlineVisible(false);
            plot.getDomainAxis().setTickLabelFont(TEXT);
            plot.getRangeAxis().setTickLabelFont(TEXT);
            plot.getDomainAxis().setLabelFont(TEXT);
            plot.getRangeAxis().setLabelFont(TEXT);
            plot.getDomainAxis().setMaximumCategoryLabelLines(2);
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setItemMargin(0.05);
                bars.setMaximumBarWidth(0.12);
            }
        }
        return chart;
    }

    /** One series, one bar per severity, each in its severity's colour. */
    static final class SeverityBars extends BarRenderer {
        private static final long serialVersionUID = 1L;

        SeverityBars() {
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setMaximumBarWidth(0.25);
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            Comparable<?> key = getPlot().getDataset().getColumnKey(column);
            return SEVERITY.get(Severity.valueOf(key.toString()));
        }
    }

    static void steepLabels(CategoryPlot plot) {
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
}
