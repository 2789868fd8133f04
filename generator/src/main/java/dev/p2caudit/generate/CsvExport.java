package dev.p2caudit.generate;

import dev.p2caudit.ingest.CsvFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes one CSV export of the plan, streaming its rows. */
final class CsvExport {

    /** With the blank-lines quirk, an empty line follows this many rows (and two end the file). */
    private static final int BLANK_AFTER = 10;

    private CsvExport() {
    }

    static WrittenFile write(FileSpec spec, Path folder, TableStreams streams, long seed) throws IOException {
        String name = spec.baseName() + "." + spec.extension();
        RowCells cells = new RowCells(spec, seed);
        List<String> header = spec.columns().stream().map(ColumnSpec::header).toList();
        List<Long> rejected = new ArrayList<>();
        long[] rows = {0};
        boolean blankLines = spec.quirks().contains(FileSpec.Quirk.BLANK_LINES);
        try (CsvFileWriter out = CsvFileWriter.open(folder.resolve(name), spec.style(), header)) {
            streams.forEach(spec.snapshot(), spec.table(), row -> {
                if (blankLines && rows[0] == BLANK_AFTER) {
                    out.blankLine();
                }
                long line = out.nextLine();
                out.row(cells.text(row));
                rows[0]++;
                if (row.rejected()) {
                    rejected.add(line);
                }
            });
            if (blankLines) {
                out.blankLine();
                out.blankLine();
            }
        }
        return new WrittenFile(spec.snapshot(), spec.table(), spec.folder() + "/" + name, spec.dialect(), "csv",
                spec.style().encoding().label(), String.valueOf(spec.style().delimiter()), rows[0],
                List.copyOf(rejected));
    }
}
