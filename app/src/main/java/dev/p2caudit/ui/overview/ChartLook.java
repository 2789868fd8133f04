package dev.p2caudit.ui.overview;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;

/**
 * Fits the report's charts to the window: the theme's colours (light or dark) and fonts that
 * follow the UI scale, so that 200% is as readable as 100%. The card shows the title, so the
 * chart drops its own.
 */
final class ChartLook {

    private ChartLook() {
    }

    static void adapt(JFreeChart chart) {
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        Color grid = UIManager.getColor("Component.borderColor");
        Font font = UIManager.getFont("Label.font");
        chart.setTitle((String) null);
        chart.setBackgroundPaint(background);
        chart.setBorderVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(font);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis(), text, font);
            axis(category.getRangeAxis(), text, font);
            category.setRangeGridlinePaint(grid);
        } else if (plot instanceof PiePlot<?> pie) {
            pie.setLabelFont(font);
            pie.setLabelPaint(text);
            pie.setLabelBackgroundPaint(background);
            pie.setLabelOutlinePaint(null);
            pie.setLabelShadowPaint(null);
        }
    }

    private static void axis(Axis axis, Paint text, Font font) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelPaint(text);
        axis.setLabelPaint(text);
        axis.setTickLabelFont(font.deriveFont(font.getSize2D() * 0.92f));
        axis.setLabelFont(font);
        axis.setAxisLinePaint(text);
    }

    /** A chart's drawing size in pixels at the current UI scale. */
    static java.awt.Dimension size(int width, int height) {
        return new java.awt.Dimension(UIScale.scale(width), UIScale.scale(height));
    }
}
