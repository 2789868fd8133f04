package dev.p2caudit.ui.overview;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.report.AuditChart;
import dev.p2caudit.ui.common.CellText;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WidthTracking;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;

/** The dashboard: counts on top, then the charts, two to a row; a click on a bar opens its findings. */
public final class OverviewPanel extends JPanel implements OverviewView {

    private static final String WIDE = "findings-by-rule";

    private OverviewPresenter presenter;
    private final JPanel cards = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(10), UIScale.scale(6)));
    private final JLabel runLine = Ui.named(new JLabel(" "), "runLine", "Audit run");
    private final ChartGrid charts = new ChartGrid();
    private final List<ChartPanel> chartPanels = new ArrayList<>();

    public OverviewPanel() {
        super(new BorderLayout());
        setName("overviewScreen");
        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(14), 0, UIScale.scale(14)));
        top.add(runLine, BorderLayout.NORTH);
        top.add(cards, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(charts);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(UIScale.scale(24));
        add(scroll, BorderLayout.CENTER);
    }

    public void attach(OverviewPresenter overviewPresenter) {
        this.presenter = overviewPresenter;
    }

    @Override
    public void showLoading() {
        runLine.setText("Building the dashboard…");
    }

    @Override
    public void showSummary(OverviewSummary s) {
        runLine.setText("Run " + s.run().id() + ", " + s.run().startedAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")
                + " · profile " + s.run().profile() + " · ruleset " + s.run().rulesetVersion());
        cards.removeAll();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            cards.add(card(severity.name().charAt(0) + severity.name().substring(1).toLowerCase() + "s",
                    s.counts().bySeverity().get(severity), Theme.severity(severity), "count" + severity.name()));
        }
        cards.add(card("Waived", s.counts().waived(), null, "countWaived"));
        cards.add(card("rows in " + s.files(Snapshot.PRE) + " pre files", s.rows(Snapshot.PRE), null, "rowsPre"));
        cards.add(card("rows in " + s.files(Snapshot.POST) + " post files", s.rows(Snapshot.POST), null, "rowsPost"));
        cards.revalidate();
        cards.repaint();
    }

    private static JComponent card(String label, long value, java.awt.Color colour, String name) {
        JPanel card = new JPanel(new BorderLayout());
        card.putClientProperty("FlatLaf.style", "arc: 12; background: darken($Panel.background,4%)");
        card.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(6), UIScale.scale(12), UIScale.scale(6), UIScale.scale(12)));
        JLabel number = Ui.heading(CellText.count(value), "h2");
        if (colour != null) {
            number.setForeground(colour);
        }
        Ui.named(number, name, label + ": " + value);
        card.add(number, BorderLayout.CENTER);
        card.add(Ui.quiet(label), BorderLayout.SOUTH);
        return card;
    }

    /**
     * Findings by rule gets a full-width row as tall as its rules need (it is the chart people
     * click); the others go two to a row, in the report's order.
     */
    @Override
    public void showCharts(List<AuditChart> list) {
        charts.removeAll();
        chartPanels.clear();
        JComponent pending = null;
        for (AuditChart chart : list) {
            JComponent card = chartCard(chart);
            if (chart.id().equals(WIDE)) {
                charts.add(row(card));
            } else if (pending == null) {
                pending = card;
            } else {
                charts.add(row(pending, card));
                pending = null;
            }
        }
        if (pending != null) {
            charts.add(row(pending, new JPanel()));
        }
        charts.revalidate();
        charts.repaint();
        javax.swing.SwingUtilities.invokeLater(() -> charts.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1)));
    }

    private static JComponent row(JComponent... cards) {
        JPanel row = new JPanel(new GridLayout(1, cards.length, UIScale.scale(8), 0));
        for (JComponent card : cards) {
            row.add(card);
        }
        row.setAlignmentX(LEFT_ALIGNMENT);
        return row;
    }

    private JComponent chartCard(AuditChart chart) {
        JPanel card = new JPanel(new BorderLayout(0, UIScale.scale(4)));
        card.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(8), UIScale.scale(8), UIScale.scale(8), UIScale.scale(8)));
        JPanel head = new JPanel(new BorderLayout());
        head.add(Ui.heading(chart.title(), "h4"), BorderLayout.NORTH);
        head.add(Ui.paragraph(chart.explanation()), BorderLayout.CENTER);
        card.add(head, BorderLayout.NORTH);
        if (chart.isEmpty()) {
            card.add(Ui.quiet("Nothing to show in this run."), BorderLayout.CENTER);
            return card;
        }
        ChartLook.adapt(chart.chart());
        ChartPanel panel = new ChartPanel(chart.chart(), false, true, false, false, true);
        Ui.named(panel, "chart-" + chart.id(), chart.title() + ": click a bar to see its findings");
        panel.setMouseZoomable(false);
        panel.setPreferredSize(ChartLook.size(560, chart.id().equals(WIDE) ? tallEnough(chart) : 330));
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(100);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        panel.addChartMouseListener(new Drill(chart.id()));
        chartPanels.add(panel);
        card.add(panel, BorderLayout.CENTER);
        return card;
    }

    /** One bar per rule, each readable: about 20 px a rule, the legend and the axis. */
    private static int tallEnough(AuditChart chart) {
        int rules = chart.chart().getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot && plot.getDataset() != null
                ? plot.getDataset().getColumnCount() : 10;
        return Math.max(330, rules * 20 + 110);
    }

    /** Where a bar or slice of a chart is drawn, in the chart panel's coordinates (tests click there). */
    public List<ChartPanel> chartPanels() {
        return List.copyOf(chartPanels);
    }

    /** The centre of the first bar or slice of the chart, or {@code null} before it was drawn. */
    public static Point firstItem(ChartPanel panel) {
        if (panel.getChartRenderingInfo() == null || panel.getChartRenderingInfo().getEntityCollection() == null) {
            return null;
        }
        for (Object each : panel.getChartRenderingInfo().getEntityCollection().getEntities()) {
            ChartEntity entity = (ChartEntity) each;
            if (entity instanceof CategoryItemEntity || entity instanceof PieSectionEntity) {
                java.awt.Rectangle r = entity.getArea().getBounds();
                if (r.width > 0 && r.height > 0) {
                    Point p = new Point((int) r.getCenterX(), (int) r.getCenterY());
                    java.awt.Insets in = panel.getInsets();
                    p.translate(in.left, in.top);
                    return p;
                }
            }
        }
        return null;
    }

    /** Bar: (series, category). Slice: (key, null). */
    private final class Drill implements ChartMouseListener {
        private final String chartId;

        Drill(String chartId) {
            this.chartId = chartId;
        }

        @Override
        public void chartMouseClicked(ChartMouseEvent event) {
            ChartEntity entity = event.getEntity();
            if (entity instanceof CategoryItemEntity item) {
                presenter.clicked(chartId, item.getRowKey(), item.getColumnKey());
            } else if (entity instanceof PieSectionEntity slice) {
                presenter.clicked(chartId, slice.getSectionKey(), null);
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEvent event) {
        }
    }

    /** Rows of charts, as wide as the window; the scroll pane scrolls only vertically. */
    private static final class ChartGrid extends WidthTracking {
        ChartGrid() {
            setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
            setBorder(BorderFactory.createEmptyBorder(UIScale.scale(4), UIScale.scale(8), UIScale.scale(8), UIScale.scale(8)));
        }
    }
}
