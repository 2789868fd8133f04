package dev.p2caudit.cli;

import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.ingest.InputImporter.FileOutcome;
import java.io.PrintWriter;
import java.util.List;

/** One line per imported file, with its rejected rows and problems under it. */
final class ImportText {

    /** Rejections listed per file; {@code inspect} lists them all. */
    private static final int LISTED = 10;

    private ImportText() {
    }

    /** Readings where the values left the choice open or contradicted it: said on every import, not only by inspect. */
    static boolean chosen(String reading) {
        return reading != null && (reading.startsWith("ambiguous") || reading.startsWith("conflicting")
                || reading.contains("rejected"));
    }

    static void print(List<FileOutcome> outcomes, PrintWriter out) {
        for (FileOutcome o : outcomes) {
            FileReport r = o.report();
            String table = r.table() == null ? "?" : r.table();
            String result = o.loaded()
                    ? String.format("%,d rows loaded, %,d rejected%s", r.rowsLoaded(), r.rejected(), o.reused() ? " (unchanged, reused)" : "")
                    : "NOT LOADED";
            out.printf("%-5s %-13s %-40s %s%n", o.snapshot().id(), table, r.file(), result);
            r.problems().forEach(p -> out.println("      " + p));
            r.columns().stream().filter(c -> ImportText.chosen(c.reading()))
                    .forEach(c -> out.println("      " + c.header() + ": " + c.reading()));
            r.rejections().stream().limit(LISTED).forEach(row -> out.println("      " + row.describe()));
            if (r.rejected() > LISTED) {
                out.printf("      … %,d more rejected rows (p2c-audit inspect lists them all)%n", r.rejected() - LISTED);
            }
        }
    }
}
