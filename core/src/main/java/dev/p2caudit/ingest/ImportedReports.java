package dev.p2caudit.ingest;

import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RejectedRow;
import java.util.List;

/** The report of a file that was loaded earlier, rebuilt from what the workspace recorded. */
final class ImportedReports {

    private ImportedReports() {
    }

    static FileReport of(ImportRecord r, List<RejectedRow> rejections) {
        List<RejectedRow> listed = rejections.size() > FileReport.MAX_LISTED
                ? rejections.subList(0, FileReport.MAX_LISTED) : rejections;
        return new FileReport(r.fileName(), r.table().id(), r.tableReason(), r.format(), r.sha256(), r.encoding(),
                r.delimiter(), r.decimalSeparator(), r.dialect(), r.columns(), r.rowsLoaded() + r.rowsRejected(),
                r.rowsRejected(), List.of(), listed);
    }
}
