package dev.p2caudit.report;

import java.util.List;

/**
 * Everything the HTML report template shows, already in words and numbers: the template only
 * lays it out, and jte escapes every value it prints. Only {@code style}, {@code script} and the
 * charts' SVG (drawn by Batik from labels this program chose, never from export data) go in raw.
 */
public record ReportView(String title, Meta meta, List<Count> bySeverity, List<Count> byTable, List<RuleRow> rules,
                         List<Input> inputs, List<Reading> readings, List<Param> parameters, List<Chart> charts, List<Section> sections,
                         List<Rejection> rejections, long rejectionsNotListed, String style, String script,
                         String contentSecurityPolicy) {

    /** The run, the verdict and the totals. */
    public record Meta(long runId, String started, String finished, String toolVersion, String toolCommit,
                       String rulesetVersion, String profile, String failOn, boolean passed, long total, long waived) {

        public String verdict() {
            return passed ? "PASS" : "FAIL";
        }
    }

    /** A label, its count, and where it links. */
    public record Count(String label, long count, String cssClass, String anchor) {
    }

    /** One rule that fired, for the summary and the table of contents. */
    public record RuleRow(String id, String title, String severity, long count, long waived, String anchor) {
    }

    public record Input(String snapshot, String table, String file, String sha256, long rows, long rejected,
                        String format, String encoding) {
    }

    /** How one column of an input file was read (date order, decimal separator), with the evidence. */
    public record Reading(String snapshot, String file, String column, String reading) {
    }

    public record Param(String name, String value) {
    }

    /** A chart: its SVG, and links to the rule sections it shows. */
    public record Chart(String id, String title, String explanation, String svg, List<RuleRow> rules) {
    }

    /** One rule's section: what it checks, why, what to do, and every finding. */
    public record Section(String anchor, String ruleId, String title, String severity, String step, String why,
                          String remediation, long count, long waived, Iterable<Row> rows) {

        public boolean paged() {
            return count > HtmlReport.PAGE;
        }
    }

    /** One finding: key, where, values pre and post side by side, message, waiver. */
    public record Row(String key, String snapshot, String table, String message, List<Value> values, boolean waived,
                      String waiverNote, boolean firstPage) {
    }

    /** A value that triggered a finding; {@code pre} or {@code post} is {@code null} when not read there. */
    public record Value(String column, String pre, String post) {

        public boolean both() {
            return pre != null && post != null;
        }

        public String single() {
            return pre != null ? pre : post;
        }
    }

    public record Rejection(String snapshot, String file, long line, String column, String reason, String value) {
    }
}
