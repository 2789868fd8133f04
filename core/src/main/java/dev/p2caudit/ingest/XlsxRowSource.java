package dev.p2caudit.ingest;

import dev.p2caudit.ingest.XlsxPackage.SheetPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the data sheet of an xlsx workbook with fastexcel-reader: rows are read one at a time,
 * never the whole sheet. The data sheet is the first visible one; hidden sheets (a Sales export's
 * {@code hiddenSheet}) are never read as data, only for the logical names of the columns
 * ({@link HiddenSheetNames}). When the sheet holds an Excel table ({@code Records}), its range
 * bounds the header and the rows.
 *
 * <p>Every OOXML cell type is read: numbers become exact decimals (at Excel's 15 significant
 * digits, so {@code 0.1+0.2} stays {@code 0.3}), numbers with a date format ISO date-times,
 * {@code b} {@code true}/{@code false}, {@code s}, {@code inlineStr} and {@code str} their text,
 * {@code d} its text ({@link DateTypedCells}). A number cell holding text ({@code $80,000.00})
 * passes the text on for its column to read; an {@code e} cell ({@code #N/A}) is unreadable and
 * rejects its row.
 */
final class XlsxRowSource implements RowSource {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** The values of {@code t="e"} cells (ECMA-376 §18.18.96, and the dynamic-array ones). */
    private static final Set<String> EXCEL_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!");

    private final ReadableWorkbook workbook;
    private final Path copy;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final CellRange range;
    private List<String> header = List.of();
    private List<String> logicalNames = List.of();
    /**
     * Whether each number format met so far shows a date. A workbook has a handful of formats
     * that every numeric cell repeats; deciding one takes regular expressions, so it is done once.
     */
    private final Map<FormatKey, Boolean> dateFormats = new HashMap<>();

    /**
     * What is known of the workbook before its rows are read: its sheets, the data sheet, its
     * table's range and whether it has {@code t="d"} cells. Found once per file, also when the
     * file is read twice.
     */
    private record Layout(Path file, XlsxPackage pkg, SheetPart data, CellRange range, boolean dateTyped) {

        static Layout of(Path file) throws IOException {
            XlsxPackage pkg = XlsxPackage.read(file);
            SheetPart data = pkg.firstVisible().orElseThrow(() -> new IOException("the workbook has no visible sheet"));
            return new Layout(file, pkg, data, XlsxPackage.tableRange(file, data).orElse(null),
                    DateTypedCells.present(file, data.part()));
        }
    }

    private final Layout layout;

    private XlsxRowSource(Layout layout, ReadableWorkbook workbook, Path copy) throws IOException {
        this.layout = layout;
        this.workbook = workbook;
        this.copy = copy;
        this.range = layout.range();
        this.rows = workbook.getSheet(layout.pkg().sheets().indexOf(layout.data())).orElseThrow().openStream();
        this.iterator = rows.iterator();
    }

    static XlsxRowSource open(Path file) throws IOException {
        return open(Layout.of(file));
    }

    /** The same workbook from its first row again, without looking at its package again. */
    XlsxRowSource reopen() throws IOException {
        return open(layout);
    }

    private static XlsxRowSource open(Layout layout) throws IOException {
        Path file = layout.file();
        Path copy = layout.dateTyped() ? DateTypedCells.retypedCopy(file, layout.data().part()) : null;
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook((copy != null ? copy : file).toFile(), new ReadingOptions(true, true));
            XlsxRowSource source = new XlsxRowSource(layout, workbook, copy);
            source.readHeader();
            source.logicalNames = source.hiddenNames(layout.pkg()).forHeader(source.header, source.firstColumn());
            return source;
        } catch (Exception e) {
            if (workbook != null) {
                workbook.close();
            }
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            // fastexcel-reader on a damaged package: its XML parser's undeclared checked exceptions,
            // a NullPointerException for a relationship without a target. The file's problem, not a crash.
            throw new IOException(Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public List<String> logicalNames() {
        return logicalNames;
    }

    @Override
    public RawRow next() {
        while (hasNextRow()) {
            Row next = nextRow();
            if (range != null && next.getRowNum() < range.firstRow()) {
                continue;
            }
            if (range != null && next.getRowNum() > range.lastRow()) {
                return null;
            }
            RawRow row = convert(next);
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    /**
     * fastexcel-reader lets the XML parser's exceptions through as they are, some of them checked
     * ({@code WFCException} on a damaged part): each becomes the file's problem, never a crash.
     */
    private boolean hasNextRow() {
        try {
            return iterator.hasNext();
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private Row nextRow() {
        try {
            return iterator.next();
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private static UncheckedIOException unreadable(Exception e) {
        return e instanceof UncheckedIOException u ? u : new UncheckedIOException(new IOException(
                Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e));
    }

    private int firstColumn() {
        return range == null ? 0 : range.firstColumn();
    }

    private void readHeader() {
        RawRow first = next();
        if (first == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        String[] cells = first.values();
        int last = cells.length - 1;
        while (last >= 0 && cells[last].isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            names.add(cells[i].trim());
        }
        header = List.copyOf(names);
    }

    /** The hidden sheets' rows, read for column names only; one that cannot be read says nothing. */
    private HiddenSheetNames hiddenNames(XlsxPackage pkg) {
        List<String[]> hiddenRows = new ArrayList<>();
        for (SheetPart sheet : pkg.sheets()) {
            if (!sheet.hidden()) {
                continue;
            }
            Optional<org.dhatim.fastexcel.reader.Sheet> hidden = workbook.getSheet(pkg.sheets().indexOf(sheet));
            try (Stream<Row> stream = hidden.orElseThrow().openStream()) {
                stream.limit(10_000).forEach(r -> hiddenRows.add(texts(r)));
            } catch (Exception e) {
                // metadata only (fastexcel may throw the XML parser's checked exceptions as they are):
                // the data sheet reads the same without it
            }
        }
        return HiddenSheetNames.of(hiddenRows);
    }

    private String[] texts(Row row) {
        String[] out = new String[row.getCellCount()];
        for (int i = 0; i < out.length; i++) {
            Cell cell = row.getCell(i);
            out[i] = cell == null || cell.getType() == CellType.ERROR ? "" : text(cell, isDate(cell));
        }
        return out;
    }

    private RawRow convert(Row row) {
        int from = firstColumn();
        int to = range == null ? row.getCellCount() : Math.min(row.getCellCount(), range.lastColumn() + 1);
        int width = Math.max(0, to - from);
        String[] values = new String[width];
        boolean[] exact = new boolean[width];
        String[] unreadable = null;
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(from + i);
            String problem = null;
            try {
                boolean date = isDate(cell);
                values[i] = text(cell, date);
                exact[i] = cell != null && cell.getType() == CellType.NUMBER && !date;
                problem = cell != null && cell.getType() == CellType.ERROR && EXCEL_ERRORS.contains(values[i])
                        ? "the cell holds the Excel error " + values[i] : null;
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                values[i] = cell.getRawValue() == null ? "" : cell.getRawValue();
                problem = "the cell's date serial " + values[i] + " is not a date Excel can show";
            }
            if (problem != null) {
                unreadable = unreadable == null ? new String[width] : unreadable;
                unreadable[i] = problem;
            }
        }
        return new RawRow(row.getRowNum(), values, exact, null, unreadable, from);
    }

    private static String text(Cell cell, boolean date) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> date ? cell.asDate().toString() : number(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    static String number(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private boolean isDate(Cell cell) {
        if (cell == null || cell.getType() != CellType.NUMBER) {
            return false;
        }
        FormatKey key = new FormatKey(cell.getDataFormatId(), cell.getDataFormatString());
        return dateFormats.computeIfAbsent(key, k -> ExcelDateFormats.isDateFormat(k.id(), k.format()));
    }

    private record FormatKey(Integer id, String format) {
    }

    @Override
    public boolean fixedWidth() {
        return false;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String encodingLabel() {
        return "xlsx";
    }

    @Override
    public String delimiter() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            workbook.close();
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }
}
