package dev.p2caudit.generate;

import dev.p2caudit.ingest.CsvFileWriter;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;
import java.util.Set;

/**
 * One export of the plan: which table of which snapshot, in what dialect and format, and how
 * its text is written. A workbook may end up as several part files.
 *
 * @param baseName  file name without extension (and without part number)
 * @param style     CSV encoding, delimiter, line separator and quoting; {@code null} for xlsx
 * @param text      how values become text in a CSV (dates, decimals, codes or labels)
 * @param sheetName the worksheet's name, for xlsx
 * @param quirks    the untidy bits real files have
 */
record FileSpec(Snapshot snapshot, TableKind table, String baseName, String extension, Dialect dialect,
                CsvFileWriter.Style style, TextStyle text, String sheetName, List<ColumnSpec> columns,
                Set<Quirk> quirks) {

    /** Untidiness real exports have. */
    enum Quirk {
        /** Empty lines in the middle and at the end. */
        BLANK_LINES
    }

    boolean xlsx() {
        return style == null;
    }

    String format() {
        return xlsx() ? "xlsx" : "csv";
    }

    String folder() {
        return snapshot.id();
    }

    /** The canonical columns the file carries. */
    List<String> canonicalColumns() {
        return columns.stream().filter(c -> c.source() == ColumnSpec.Source.CANONICAL).map(ColumnSpec::key).toList();
    }
}
