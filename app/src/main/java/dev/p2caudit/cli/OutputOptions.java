package dev.p2caudit.cli;

import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.report.FindingsCsv;
import dev.p2caudit.report.FindingsJson;
import dev.p2caudit.report.FindingsJunit;
import dev.p2caudit.report.FindingsSarif;
import dev.p2caudit.report.FindingsXlsx;
import dev.p2caudit.report.HtmlReport;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The outputs of {@code audit} and {@code report}: {@code --html}, {@code --csv}, {@code --xlsx},
 * {@code --json}, and for CI servers {@code --junit} and {@code --sarif}.
 */
final class OutputOptions {

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML audit report.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the findings as CSV.")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the findings as an Excel workbook.")
    Path xlsx;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the findings as JSON (docs/findings-json.md).")
    Path json;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML for CI test views: one test per rule"
            + " and snapshot, failed by findings at or above --fail-on (docs/ci-outputs.md).")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0 for code-scanning views: one result"
            + " per finding at its export file and line (docs/ci-outputs.md).")
    Path sarif;

    boolean none() {
        return html == null && csv == null && xlsx == null && json == null && junit == null && sarif == null;
    }

    /**
     * Writes every output asked for.
     *
     * @param inputs the files the audit just read, or {@code null} for a stored run (SARIF then
     *               names the files by name only)
     */
    void write(Workspace ws, AuditFacts facts, Catalogue catalogue, Map<Snapshot, List<Path>> inputs) throws IOException {
        if (html != null) {
            HtmlReport.write(html, facts, ws);
        }
        if (csv != null) {
            FindingsCsv.write(csv, facts.run().id(), ws.findings());
        }
        if (xlsx != null) {
            FindingsXlsx.write(xlsx, facts, ws);
        }
        if (json != null) {
            FindingsJson.write(json, facts, ws.findings());
        }
        if (junit != null) {
            FindingsJunit.write(junit, facts, ws, catalogue);
        }
        if (sarif != null && inputs != null) {
            FindingsSarif.write(sarif, facts, ws, catalogue, inputs, Path.of(""));
        } else if (sarif != null) {
            FindingsSarif.write(sarif, facts, ws, catalogue);
        }
    }
}
