package dev.p2caudit.generate;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * A file as written: where, what it holds and how, how many rows, and the lines of the rows the
 * importer will reject.
 *
 * @param path          relative to the output folder, with {@code /} ({@code pre/Orders.xlsx})
 * @param encoding      as the importer reports it ({@code xlsx} for workbooks)
 * @param delimiter     {@code null} for workbooks
 * @param rows          data rows, rejected ones included, blank lines not
 * @param rejectedLines the lines (CSV) or worksheet rows (xlsx) where rejected rows start
 */
record WrittenFile(Snapshot snapshot, TableKind table, String path, Dialect dialect, String format, String encoding,
                   String delimiter, long rows, List<Long> rejectedLines) {

    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
