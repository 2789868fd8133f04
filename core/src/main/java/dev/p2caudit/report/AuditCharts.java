package dev.p2caudit.report;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.FindingCount;
import dev.p2caudit.store.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of an audit run: findings by rule and severity, pre vs post rows and money per table,
 * rounding residues, relationship types, duplicate groups. The report renders them as SVG; the
 * dashboard shows them and opens the findings behind a clicked bar.
 */
public final class AuditCharts {

    private AuditCharts() {
    }

    public static List<AuditChart> of(Workspace ws, long runId) {
        List<FindingCount> counts = ws.findings().counts(runId);
        ChartData data = new ChartData(ws, runId);
        List<AuditChart> charts = new ArrayList<>();
        charts.add(byRule(counts));
        charts.add(bySeverity(counts));
        charts.add(prePost("rows-per-table", "Rows per table, pre vs post",
                "How many records each export holds before and after the migration.", "Rows", data.rowCounts(),
                TableDrill.rule(null)));
        charts.add(prePost("money-per-table", "Money per table, pre vs post",
                "Sum of each table's total (header total amount, line extended amount) before and after.", "Total",
                data.moneyTotals(), TableDrill.rule("REC-TOTALS")));
        charts.add(residues(data.residues()));
        charts.add(prePost("relationship-types", "Relationship types of accounts, pre vs post",
                "Only customers sync to F&O; prospects with sales activity fail.", "Accounts", data.relationshipTypes(),
                (series, category) -> Optional.of(FindingFilter.ALL.withTable(TableKind.ACCOUNT)
                        .withSnapshot(Snapshot.parse(series.toString())))));
        charts.add(duplicates(counts));
        return charts;
    }

    private static AuditChart byRule(List<FindingCount> counts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, Map<Severity, Long>> byRule = new TreeMap<>();
        counts.forEach(c -> byRule.computeIfAbsent(c.rule(), r -> new TreeMap<>()).merge(c.severity(), c.count(), Long::sum));
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            byRule.forEach((rule, bySeverity) -> {
                if (bySeverity.containsKey(s)) {
                    dataset.addValue(bySeverity.get(s), s.name(), rule);
                }
            });
        }
        JFreeChart chart = ChartStyle.flat(ChartFactory.createStackedBarChart("Findings by rule and severity", null,
                "Findings", dataset, PlotOrientation.HORIZONTAL, true, true, false));
        colourBySeverity((CategoryPlot) chart.getPlot(), dataset);
        // The axis's default margins are 5% of its length at each end: on a chart tall enough for 60
        // rules that is an empty band of three bars above the first. Half a bar's room instead.
        CategoryAxis rules = ((CategoryPlot) chart.getPlot()).getDomainAxis();
        double halfABar = 0.5 / Math.max(1, dataset.getColumnCount());
        rules.setLowerMargin(halfABar);
        rules.setUpperMargin(halfABar);
        return new AuditChart("findings-by-rule", "Findings by rule and severity",
                "Each bar is one rule; its colours split its findings by severity.", chart,
                (series, category) -> Optional.of(FindingFilter.rule(category.toString())
                        .withSeverity(Severity.valueOf(series.toString()))));
    }

    private static AuditChart bySeverity(List<FindingCount> counts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long n = counts.stream().filter(c -> c.severity() == s && !c.waived()).mapToLong(FindingCount::count).sum();
            dataset.addValue(n, "findings", s.name());
        }
        JFreeChart chart = ChartStyle.flat(ChartFactory.createBarChart("Findings by severity", null, "Findings", dataset,
                PlotOrientation.VERTICAL, false, true, false));
        ((CategoryPlot) chart.getPlot()).setRenderer(new ChartStyle.SeverityBars());
        return new AuditChart("findings-by-severity", "Findings by severity",
                "Unwaived findings: errors fail the sync, warnings need a decision, info is worth knowing.", chart,
                (series, category) -> Optional.of(FindingFilter.ALL.withSeverity(Severity.valueOf(category.toString()))));
    }

    private static AuditChart prePost(String id, String title, String explanation, String axis,
                                      Map<String, long[]> values, AuditChart.Drill drill) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((category, prePost) -> {
            dataset.addValue(prePost[0], "pre", category);
            dataset.addValue(prePost[1], "post", category);
        });
        JFreeChart chart = ChartStyle.flat(ChartFactory.createBarChart(title, null, axis, dataset,
                PlotOrientation.VERTICAL, true, true, false));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.getRenderer().setSeriesPaint(0, ChartStyle.PRE);
        plot.getRenderer().setSeriesPaint(1, ChartStyle.POST);
        if (values.size() > 6) {
            ChartStyle.steepLabels(plot);
        }
        return new AuditChart(id, title, explanation, chart, drill);
    }

    private static AuditChart residues(Map<String, Long> residues) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        residues.forEach((amount, n) -> dataset.addValue(n, "lines", amount));
        JFreeChart chart = ChartStyle.flat(ChartFactory.createBarChart("Rounding residues in sales charges", "Residue",
                "Lines", dataset, PlotOrientation.VERTICAL, false, true, false));
        ((CategoryPlot) chart.getPlot()).getRenderer().setSeriesPaint(0, ChartStyle.SEVERITY.get(Severity.INFO));
        return new AuditChart("rounding-residues", "Rounding residues in sales charges",
                "The cents SCM keeps in sales charges when a line discount does not divide by the quantity.", chart,
                (series, category) -> Optional.of(FindingFilter.rule("OLN-ROUNDING-DELTA").withText(null)));
    }

    private static AuditChart duplicates(List<FindingCount> counts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, long[]> groups = new TreeMap<>();
        counts.stream().filter(c -> c.rule().startsWith("DUP-")).forEach(c ->
                groups.computeIfAbsent(c.rule(), r -> new long[2])[c.snapshot() == Snapshot.PRE ? 0 : 1] += c.count());
        groups.forEach((rule, prePost) -> {
            dataset.addValue(prePost[0], "pre", rule);
            dataset.addValue(prePost[1], "post", rule);
        });
        JFreeChart chart = ChartStyle.flat(ChartFactory.createBarChart("Duplicate groups per rule", null, "Groups", dataset,
                PlotOrientation.HORIZONTAL, true, true, false));
        ((CategoryPlot) chart.getPlot()).getRenderer().setSeriesPaint(0, ChartStyle.PRE);
        ((CategoryPlot) chart.getPlot()).getRenderer().setSeriesPaint(1, ChartStyle.POST);
        return new AuditChart("duplicate-groups", "Duplicate groups per rule",
                "Groups of accounts and contacts that match a duplicate rule, before duplicate detection was switched off"
                        + " (pre) and after the migration (post).", chart,
                (series, category) -> Optional.of(FindingFilter.rule(category.toString())
                        .withSnapshot(Snapshot.parse(series.toString()))));
    }

    private static void colourBySeverity(CategoryPlot plot, DefaultCategoryDataset dataset) {
        for (int i = 0; i < dataset.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartStyle.SEVERITY.get(Severity.valueOf(dataset.getRowKey(i).toString())));
        }
    }

    /** Drill for per-table charts: the findings of that table (of one rule, when given). */
    private record TableDrill(String rule) implements AuditChart.Drill {
        static TableDrill rule(String rule) {
            return new TableDrill(rule);
        }

        @Override
        public Optional<FindingFilter> at(Comparable<?> series, Comparable<?> category) {
            FindingFilter filter = FindingFilter.ALL.withTable(TableKind.fromId(category.toString()).orElse(null));
            return Optional.of(rule == null ? filter : filter.withRule(rule));
        }
    }
}
