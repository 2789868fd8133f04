package dev.p2caudit.cli;

import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.report.FindingsCsv;
import dev.p2caudit.report.FindingsJson;
import dev.p2caudit.report.FindingsXlsx;
import dev.p2caudit.report.HtmlReport;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --html}, {@code --csv}, {@code --xlsx}, {@code --json}: the outputs of {@code audit} and {@code report}. */
final class OutputOptions {

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML audit report.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the findings as CSV.")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the findings as an Excel workbook.")
    Path xlsx;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the findings as JSON (docs/findings-json.md).")
    Path json;

    boolean none() {
        return html == null && csv == null && xlsx == null && json == null;
    }

    void write(Workspace ws, AuditFacts facts) throws IOException {
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
    }
}
