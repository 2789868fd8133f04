package dev.p2caudit.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first worksheet of an xlsx workbook with fastexcel-reader: rows are read one at a
 * time, never the whole sheet. Numeric cells become exact decimals (at Excel's 15 significant
 * digits, so {@code 0.1+0.2} stays {@code 0.3}); numeric cells with a date format become ISO
 * date-times.
 */
final class XlsxRowSource implements RowSource {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private List<String> header = List.of();
    /**
     * Whether each number format met so far shows a date. A workbook has a handful of formats
     * that every numeric cell repeats; deciding one takes regular expressions, so it is done once.
     */
    private final Map<FormatKey, Boolean> dateFormats = new HashMap<>();

    private XlsxRowSource(ReadableWorkbook workbook) throws IOException {
        this.workbook = workbook;
        this.rows = workbook.getFirstSheet().openStream();
        this.iterator = rows.iterator();
    }

    static XlsxRowSource open(Path file) throws IOException {
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
        try {
            XlsxRowSource source = new XlsxRowSource(workbook);
            source.readHeader();
            return source;
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() {
        while (iterator.hasNext()) {
            RawRow row = convert(iterator.next());
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
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

    private RawRow convert(Row row) {
        int width = row.getCellCount();
        String[] values = new String[width];
        boolean[] exact = new boolean[width];
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            boolean date = isDate(cell);
            values[i] = text(cell, date);
            exact[i] = cell != null && cell.getType() == CellType.NUMBER && !date;
        }
        return new RawRow(row.getRowNum(), values, exact, null);
    }

    private static String text(Cell cell, boolean date) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> date ? dateText(cell.asDate()) : number(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    static String number(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String dateText(LocalDateTime value) {
        return value.toString();
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
        rows.close();
        workbook.close();
    }
}
