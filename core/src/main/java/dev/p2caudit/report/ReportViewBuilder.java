package dev.p2caudit.report;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.ToolVersion;
import dev.p2caudit.store.FindingCount;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the report's view of one stored audit run. */
final class ReportViewBuilder {

    private static final int REJECTIONS_LISTED = 1_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, List<String>> CHART_RULES = Map.of(
            "rows-per-table", List.of("REC-MISSING", "REC-EXTRA", "REC-TOTALS"),
            "money-per-table", List.of("REC-TOTALS", "REC-CHANGED"),
            "rounding-residues", List.of("OLN-ROUNDING-DELTA", "QLN-ROUNDING-DELTA", "OLN-ROUNDING", "QLN-ROUNDING"),
            "relationship-types", List.of("ACC-PROSPECT-ACTIVE", "ACC-NOT-CUSTOMER", "ACC-CUSTOMER-IDLE"));

    private final AuditFacts facts;
    private final Workspace ws;
    private final long runId;

    ReportViewBuilder(AuditFacts facts, Workspace ws) {
        this.facts = facts;
        this.ws = ws;
        this.runId = facts.run().id();
    }

    ReportView build() {
        List<ReportView.RuleRow> rules = rules(ws.findings().counts(runId), facts.catalogue());
        String script = resource("report.js");
        List<ReportView.Rejection> rejections = new ArrayList<>();
        long notListed = rejections(rejections);
        return new ReportView("P2C migration audit", meta(), severities(), tables(), rules, inputs(), readings(), parameters(),
                charts(rules), sections(rules), rejections, notListed, resource("report.css"), script,
                "default-src 'none'; script-src 'sha256-" + sha256(script) + "'; style-src 'unsafe-inline';"
                        + " img-src data:; base-uri 'none'; form-action 'none'");
    }

    private ReportView.Meta meta() {
        ToolVersion tool = ToolVersion.parse(facts.toolVersion());
        return new ReportView.Meta(runId, time(facts.run().startedAt()), time(facts.run().finishedAt()),
                tool.version(), tool.commit(), facts.run().rulesetVersion(), facts.run().profile(), facts.failOnText(),
                facts.passed(), facts.summary().total(), facts.summary().waived());
    }

    private List<ReportView.Count> severities() {
        List<ReportView.Count> counts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.add(new ReportView.Count(s.id() + (facts.summary().bySeverity().get(s) == 1 ? "" : "s"),
                    facts.summary().bySeverity().get(s), "sev-" + s.name(), "findings"));
        }
        counts.add(new ReportView.Count("waived", facts.summary().waived(), "waived", "findings"));
        return counts;
    }

    private List<ReportView.Count> tables() {
        List<ReportView.Count> counts = new ArrayList<>();
        facts.summary().byTable().forEach((table, n) -> counts.add(
                new ReportView.Count(table.equals("-") ? "(none)" : table, n, "", "findings")));
        return counts;
    }

    /** Rules that fired, worst first; the severity is the one the run used. */
    private static List<ReportView.RuleRow> rules(List<FindingCount> counts, RunCatalogue catalogue) {
        Map<String, long[]> byRule = new LinkedHashMap<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        for (FindingCount c : counts) {
            long[] n = byRule.computeIfAbsent(c.rule(), r -> new long[2]);
            n[0] += c.count();
            n[1] += c.waived() ? c.count() : 0;
            severity.merge(c.rule(), c.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<ReportView.RuleRow> rows = new ArrayList<>();
        byRule.forEach((rule, n) -> rows.add(new ReportView.RuleRow(rule, catalogue.title(rule), severity.get(rule).name(), n[0], n[1],
                "rule-" + rule)));
        rows.sort(Comparator.comparing((ReportView.RuleRow r) -> Severity.valueOf(r.severity())).reversed()
                .thenComparing(ReportView.RuleRow::id));
        return rows;
    }

    private List<ReportView.Input> inputs() {
        List<ReportView.Input> inputs = new ArrayList<>();
        for (ImportRecord r : facts.inputs()) {
            inputs.add(new ReportView.Input(r.snapshot().id(), r.table().id(), r.fileName(), r.sha256(), r.rowsLoaded(),
                    r.rowsRejected(), r.format(), "xlsx".equals(r.format()) ? "first visible sheet" : r.encoding()
                    + ", delimiter '" + ("\t".equals(r.delimiter()) ? "tab" : r.delimiter()) + "'"));
        }
        return inputs;
    }

    private List<ReportView.Reading> readings() {
        List<ReportView.Reading> readings = new ArrayList<>();
        for (ImportRecord r : facts.inputs()) {
            r.columns().stream().filter(c -> c.reading() != null).forEach(c -> readings.add(
                    new ReportView.Reading(r.snapshot().id(), r.fileName(), c.header(), c.reading())));
        }
        return readings;
    }

    private List<ReportView.Param> parameters() {
        List<ReportView.Param> params = new ArrayList<>();
        facts.run().parameters().forEach((k, v) -> params.add(new ReportView.Param(k, v.isEmpty() ? "(none)" : v)));
        params.add(new ReportView.Param("failOn", facts.failOnText()));
        return params;
    }

    private List<ReportView.Chart> charts(List<ReportView.RuleRow> rules) {
        List<ReportView.Chart> charts = new ArrayList<>();
        for (AuditChart chart : AuditCharts.of(ws, runId)) {
            if (chart.isEmpty()) {
                continue;
            }
            int height = chart.id().equals("findings-by-rule") ? 90 + 22 * rules.size() : 380;
            List<ReportView.RuleRow> linked = rules.stream().filter(r -> CHART_RULES.getOrDefault(chart.id(), List.of())
                    .contains(r.id()) || chart.id().equals("duplicate-groups") && r.id().startsWith("DUP-")).toList();
            charts.add(new ReportView.Chart(chart.id(), chart.title(), chart.explanation(),
                    SvgChart.render(chart.chart(), chart.id(), 960, height), linked));
        }
        return charts;
    }

    private List<ReportView.Section> sections(List<ReportView.RuleRow> rules) {
        List<ReportView.Section> sections = new ArrayList<>();
        for (ReportView.RuleRow rule : rules) {
            Optional<RuleInfo> def = facts.catalogue().find(rule.id());
            sections.add(new ReportView.Section(rule.anchor(), rule.id(), rule.title(), rule.severity(),
                    def.map(RuleInfo::step).orElse(""), def.map(RuleInfo::why).orElse(""),
                    def.map(RuleInfo::remediation).orElse(""), rule.count(), rule.waived(),
                    new FindingRows(ws.findings(), runId, FindingFilter.rule(rule.id()))));
        }
        return sections;
    }

    /** The run's INPUT-REJECTED findings, as they were recorded; returns how many more there are. */
    private long rejections(List<ReportView.Rejection> listed) {
        long[] more = {0};
        ws.findings().forEach(runId, FindingFilter.rule("INPUT-REJECTED"), f -> {
            if (listed.size() < REJECTIONS_LISTED) {
                listed.add(new ReportView.Rejection(f.snapshot().id(), f.valueText("file"),
                        Long.parseLong(f.valueText("line")), f.valueText("column").isEmpty() ? "(row)"
                        : f.valueText("column"), f.valueText("reason"), f.valueText("value")));
            } else {
                more[0]++;
            }
        });
        return more[0];
    }

    private static String value(dev.p2caudit.model.Finding f, String column) {
        dev.p2caudit.model.FindingValue v = f.values().get(column);
        String text = v == null ? null : v.pre() != null ? v.pre() : v.post();
        return text == null ? "" : text;
    }

    private static String time(Instant instant) {
        return instant == null ? "(unfinished)" : TIME.format(instant);
    }

    private static String resource(String name) {
        try (InputStream in = ReportViewBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
