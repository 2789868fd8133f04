package dev.p2caudit.ui.export;

import dev.p2caudit.model.Severity;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.report.FindingsCsv;
import dev.p2caudit.report.FindingsJson;
import dev.p2caudit.report.FindingsXlsx;
import dev.p2caudit.report.HtmlReport;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;

/** The outputs of a run the Export menu writes, each through the same writer the CLI uses. */
public enum ExportKind {
    HTML("HTML report", "html"),
    CSV("Findings as CSV", "csv"),
    XLSX("Findings as Excel workbook", "xlsx"),
    JSON("Findings as JSON", "json");

    private final String title;
    private final String extension;

    ExportKind(String title, String extension) {
        this.title = title;
        this.extension = extension;
    }

    public String title() {
        return title;
    }

    public String extension() {
        return extension;
    }

    /** Writes the run's output; the verdict fails on errors, as the CLI's default. */
    void write(Path file, Workspace ws, long runId) throws IOException {
        AuditFacts facts = AuditFacts.of(ws, runId, Severity.ERROR);
        switch (this) {
            case HTML -> HtmlReport.write(file, facts, ws);
            case CSV -> FindingsCsv.write(file, runId, ws.findings());
            case XLSX -> FindingsXlsx.write(file, facts, ws);
            case JSON -> FindingsJson.write(file, facts, ws.findings());
        }
    }
}
