package dev.p2caudit.ingest;

import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import java.util.List;

/** Types one raw row for the workspace, or says exactly why it cannot be loaded. */
final class RowConverter {

    /** Either the stored values or the rejection. */
    record Converted(Object[] values, RejectedRow rejection) {
    }

    private static final int RAW_LIMIT = 200;

    private final String fileName;
    private final List<String> header;
    private final int[] positions;
    private final CellParser[] parsers;
    private final boolean fixedWidth;

    RowConverter(String fileName, List<String> header, List<MappedColumn> stored, List<CellParser> parsers,
                 boolean fixedWidth) {
        this.fileName = fileName;
        this.header = header;
        this.positions = stored.stream().mapToInt(MappedColumn::position).toArray();
        this.parsers = parsers.toArray(CellParser[]::new);
        this.fixedWidth = fixedWidth;
    }

    Converted convert(RawRow row) {
        if (row.malformed() != null) {
            return reject(row.line(), 0, null, row.malformed(), row.values()[0]);
        }
        String[] cells = row.values();
        if (fixedWidth && significantWidth(cells) != header.size()) {
            return reject(row.line(), 0, null, "row has " + significantWidth(cells) + " cells, the header has "
                    + header.size(), String.join(" | ", cells));
        }
        if (!fixedWidth && significantWidth(cells) > header.size()) {
            int column = significantWidth(cells);
            return reject(row.line(), column, "(no header)", "a value stands in column " + column
                    + ", beyond the last header", cells[column - 1]);
        }
        Object[] values = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            String text = p < cells.length && cells[p] != null ? cells[p] : "";
            try {
                if (row.unreadable(p) != null) {
                    throw new BadValue(row.unreadable(p));
                }
                values[i] = parsers[i].parse(text, row.isExactNumber(p));
            } catch (BadValue e) {
                return rejectCell(row, p, e.getMessage(), text);
            }
        }
        return new Converted(values, null);
    }

    /** Trailing empty cells do not count: exports often pad rows with delimiters. */
    private int significantWidth(String[] cells) {
        int n = cells.length;
        while (n > header.size() && (cells[n - 1] == null || cells[n - 1].isEmpty())) {
            n--;
        }
        return n;
    }

    /** In a workbook the cell is named too ({@code cell D7}), its column counted on the sheet. */
    private Converted rejectCell(RawRow row, int position, String reason, String raw) {
        String cell = row.cellName(position);
        int column = cell == null ? position + 1 : row.firstColumn() + position + 1;
        return reject(row.line(), column, header.get(position), cell == null ? reason : "cell " + cell + ": " + reason,
                raw);
    }

    private Converted reject(long line, int column, String header, String reason, String raw) {
        String shortRaw = raw == null || raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT) + "…";
        return new Converted(null, new RejectedRow(fileName, line, column, header, reason, shortRaw));
    }
}
