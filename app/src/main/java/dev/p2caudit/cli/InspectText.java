package dev.p2caudit.cli;

import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import java.io.PrintWriter;
import java.util.List;

/** The human-readable form of a file report. */
final class InspectText {

    private InspectText() {
    }

    static void print(FileReport r, PrintWriter out) {
        out.println(r.file());
        out.printf("  table             %s%n", r.table() == null ? "(not recognised)"
                : r.table() + " (" + r.tableReason() + ")");
        if (r.format() != null) {
            out.printf("  format            %s%n", format(r));
            out.printf("  header dialect    %s%n", r.dialect().description());
            out.printf("  rows              %,d (%,d loaded, %,d rejected)%n", r.rows(), r.rowsLoaded(), r.rejected());
        }
        if (!r.columns().isEmpty()) {
            out.println("  columns");
            int width = r.columns().stream().mapToInt(c -> c.header().length()).max().orElse(0);
            r.columns().forEach(c -> out.printf("    %-" + Math.max(width, 1) + "s  %s%n", c.header(), target(c)));
        }
        List<MappedColumn> read = r.columns().stream().filter(c -> c.reading() != null).toList();
        if (!read.isEmpty()) {
            out.println("  values read as");
            int width = read.stream().mapToInt(c -> c.header().length()).max().orElse(0);
            read.forEach(c -> out.printf("    %-" + Math.max(width, 1) + "s  %s%n", c.header(), c.reading()));
        }
        if (!r.rejections().isEmpty()) {
            out.println("  rejected rows");
            r.rejections().forEach(row -> out.println("    " + where(row) + row.reason()));
            if (r.rejected() > r.rejections().size()) {
                out.printf("    … and %,d more%n", r.rejected() - r.rejections().size());
            }
        }
        r.problems().forEach(p -> out.println("  problem           " + p));
        out.println();
    }

    private static String format(FileReport r) {
        if ("xlsx".equals(r.format())) {
            return "xlsx workbook (first visible sheet)";
        }
        return "csv, " + r.encoding() + ", delimiter " + delimiterName(r.delimiter())
                + (r.decimalSeparator() == null ? "" : ", decimal separator '" + r.decimalSeparator() + "'");
    }

    static String delimiterName(String delimiter) {
        return "\t".equals(delimiter) ? "tab" : "'" + delimiter + "'";
    }

    private static String target(MappedColumn c) {
        String note = c.note() == null ? "" : " (" + c.note() + ")";
        if (c.isIgnored()) {
            return "ignored" + note;
        }
        return c.isCanonical() ? "→ " + c.canonical() + note : "kept as-is as " + c.storedAs() + note;
    }

    private static String where(RejectedRow row) {
        return "line " + row.line() + (row.columnNumber() > 0
                ? ", column " + row.columnNumber() + " (" + row.column() + "): " : ": ");
    }
}
