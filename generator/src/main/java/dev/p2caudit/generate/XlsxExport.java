package dev.p2caudit.generate;

import dev.p2caudit.model.ColumnDef;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one workbook export of the plan as Sales "Export to Excel" does: the three hidden
 * {@code (Do Not Modify)} columns first, numbers as numeric cells, dates as date-formatted
 * numeric cells, option sets as labels, and a hidden second sheet. Excel exports stop at
 * {@value #MAX_ROWS} rows, so a bigger table is split into numbered parts.
 */
final class XlsxExport {

    static final int MAX_ROWS = 100_000;
    private static final int FLUSH_EVERY = 1_000;
    private static final String DATE_FORMAT = "m/d/yyyy h:mm";

    private final FileSpec spec;
    private final Path folder;
    private final long seed;
    private final int maxRows;
    private final ColumnDef[] definitions;
    private final List<WrittenFile> written = new ArrayList<>();
    private Part part;

    private XlsxExport(FileSpec spec, Path folder, long seed, int maxRows) {
        this.spec = spec;
        this.folder = folder;
        this.seed = seed;
        this.maxRows = maxRows;
        RowCells cells = new RowCells(spec, seed);
        this.definitions = new ColumnDef[spec.columns().size()];
        for (int i = 0; i < definitions.length; i++) {
            definitions[i] = cells.definition(i);
        }
    }

    static List<WrittenFile> write(FileSpec spec, Path folder, TableStreams streams, long seed) throws IOException {
        return write(spec, folder, streams, seed, MAX_ROWS);
    }

    /** With a smaller part size, for tests. */
    static List<WrittenFile> write(FileSpec spec, Path folder, TableStreams streams, long seed, int maxRows)
            throws IOException {
        XlsxExport export = new XlsxExport(spec, folder, seed, maxRows);
        try {
            streams.forEach(spec.snapshot(), spec.table(), export::add);
            export.finishPart(export.written.size() > 0);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(export.written);
    }

    /** One workbook file being filled, first into a hidden temporary file next to its final one. */
    private final class Part {
        final Path scratch;
        final OutputStream bytes;
        final Workbook workbook;
        final Worksheet sheet;
        final List<Long> rejected = new ArrayList<>();
        int rows;

        Part() throws IOException {
            scratch = Files.createTempFile(folder, ".generating-", ".xlsx");
            bytes = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
            workbook = new Workbook(bytes, "Microsoft Excel", "16.0");
            sheet = workbook.newWorksheet(spec.sheetName());
            workbook.setCompressionLevel(1);
            for (int c = 0; c < spec.columns().size(); c++) {
                String header = spec.columns().get(c).header();
                sheet.value(0, c, header);
                if (header.startsWith("(Do Not Modify)")) {
                    sheet.hideColumn(c);
                }
            }
        }
    }

    private void add(Row row) {
        try {
            if (part != null && part.rows == maxRows) {
                finishPart(true);
            }
            if (part == null) {
                part = new Part();
            }
            int r = ++part.rows;
            for (int c = 0; c < definitions.length; c++) {
                cell(r, c, row);
            }
            if (row.rejected()) {
                part.rejected.add((long) r + 1);
            }
            if (r % FLUSH_EVERY == 0) {
                part.sheet.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(int r, int c, Row row) {
        ColumnSpec column = spec.columns().get(c);
        switch (column.source()) {
            case CANONICAL -> {
                String raw = row.raw(column.key());
                if (raw != null) {
                    part.sheet.inlineString(r, c, raw);
                } else {
                    typed(r, c, definitions[c], row.get(column.key()));
                }
            }
            case EXTRA -> value(r, c, row.extra(column.key()));
            case CHECKSUM -> part.sheet.inlineString(r, c, RowCells.checksum(seed, row));
            case MODIFIED_ON -> value(r, c, row.extra("modified_on"));
            case EMPTY -> { }
        }
    }

    private void typed(int r, int c, ColumnDef definition, Object value) {
        if (value == null) {
            return;
        }
        switch (definition.type()) {
            case BOOLEAN -> part.sheet.value(r, c, (Boolean) value ? "Yes" : "No");
            case OPTION -> part.sheet.value(r, c, definition.optionSet().labelOf((Integer) value).orElseThrow());
            case LANGUAGE -> part.sheet.value(r, c, value.toString());
            default -> value(r, c, value);
        }
    }

    private void value(int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            part.sheet.value(r, c, number);
        } else if (value instanceof Long number) {
            part.sheet.value(r, c, number);
        } else if (value instanceof LocalDateTime time) {
            part.sheet.value(r, c, time);
            part.sheet.style(r, c).format(DATE_FORMAT).set();
        } else {
            part.sheet.inlineString(r, c, value.toString());
        }
    }

    /** Closes the current part; {@code numbered} when the table needed (or will need) several. */
    private void finishPart(boolean numbered) throws IOException {
        if (part == null) {
            part = new Part();
        }
        part.sheet.finish();
        Worksheet hidden = part.workbook.newWorksheet("hiddenSheet");
        hidden.value(0, 0, spec.table().displayName().toLowerCase(Locale.ROOT).replace(" ", ""));
        hidden.setVisibilityState(VisibilityState.HIDDEN);
        hidden.finish();
        part.workbook.finish();
        part.bytes.close();
        int number = written.size() + 1;
        String name = spec.baseName() + (numbered ? " " + number : "") + ".xlsx";
        try {
            XlsxPinning.write(part.scratch, exportTime(), folder.resolve(name));
        } finally {
            Files.deleteIfExists(part.scratch);
        }
        written.add(new WrittenFile(spec.snapshot(), spec.table(), spec.folder() + "/" + name, spec.dialect(), "xlsx",
                "xlsx", null, part.rows, List.copyOf(part.rejected)));
        part = null;
    }

    private LocalDateTime exportTime() {
        return spec.snapshot() == dev.p2caudit.model.Snapshot.PRE ? World.PRE_EXPORT : World.POST_EXPORT;
    }
}
