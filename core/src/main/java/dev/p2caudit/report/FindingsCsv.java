package dev.p2caudit.report;

import dev.p2caudit.ingest.CsvFileWriter;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.store.FindingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of a run as CSV, one row per finding, worst first: UTF-8 with a BOM and commas,
 * which Excel opens without a wizard. Every text cell is formula-injection safe.
 */
public final class FindingsCsv {

    static final List<String> HEADER = List.of("rule", "severity", "table", "snapshot", "key", "message", "values",
            "remediation", "waived", "waiver");

    private FindingsCsv() {
    }

    public static void write(Path file, long runId, FindingStore findings) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CsvFileWriter.Style style = CsvFileWriter.Style.of(CsvFileWriter.Encoding.UTF8_BOM, ',').withLineSeparator("\r\n");
        try (CsvFileWriter csv = CsvFileWriter.open(file, style, HEADER)) {
            findings.forEach(runId, f -> csv.row(row(f)));
        }
    }

    static List<String> row(Finding f) {
        List<String> cells = new ArrayList<>();
        cells.add(f.rule());
        cells.add(f.severity().id());
        cells.add(f.table() == null ? "" : f.table().id());
        cells.add(f.snapshot() == null ? "" : f.snapshot().id());
        cells.add(f.key());
        cells.add(f.message());
        cells.add(values(f.values()));
        cells.add(f.remediation());
        cells.add(f.waived() ? "yes" : "no");
        cells.add(f.waiverNote() == null ? "" : f.waiverNote());
        return cells.stream().map(SpreadsheetSafe::text).toList();
    }

    /** {@code column: pre → post; column: value}, readable in one cell. */
    static String values(Map<String, FindingValue> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((column, v) -> parts.add(column + ": " + (v.pre() != null && v.post() != null
                ? v.pre() + " → " + v.post() : v.pre() != null ? v.pre() : v.post())));
        return String.join("; ", parts);
    }
}
