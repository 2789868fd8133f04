package dev.p2caudit.ui.run;

import dev.p2caudit.ingest.InputImporter.FileOutcome;

/**
 * What became of one input file, in a line for the progress screen.
 *
 * @param ok whether it loaded (rows may still have been rejected)
 */
public record FileLine(String snapshot, String file, String table, long rows, long rejected, boolean reused,
                       boolean ok, String message) {

    static FileLine of(FileOutcome o) {
        var report = o.report();
        String table = o.imported().map(r -> r.table().id()).orElse(report.table() == null ? "?" : report.table());
        String message;
        if (!o.loaded()) {
            message = report.problems().isEmpty() ? "not loaded" : String.join("; ", report.problems());
        } else if (o.reused()) {
            message = "unchanged since the last import, reused";
        } else if (report.rejected() > 0) {
            message = String.format("%,d row(s) rejected: see the INPUT-REJECTED findings", report.rejected());
        } else {
            message = "loaded";
        }
        return new FileLine(o.snapshot().id(), o.file().getFileName().toString(), table, report.rowsLoaded(),
                report.rejected(), o.reused(), o.loaded(), message);
    }
}
