package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.MappedColumn;
import java.util.List;

/**
 * The first pass over a file's rows: what every date and number column's values say about their
 * order and decimal separator, before any value is converted. Only those columns are looked at,
 * with a few character tests per value, so the pass costs little beyond reading the file.
 */
final class ValueSurvey {

    private final int[] positions;
    private final DateEvidence[] dates;
    private final DecimalEvidence[] decimals;

    ValueSurvey(List<MappedColumn> stored, List<ColumnDef> definitions) {
        int n = stored.size();
        positions = new int[n];
        dates = new DateEvidence[n];
        decimals = new DecimalEvidence[n];
        for (int i = 0; i < n; i++) {
            positions[i] = stored.get(i).position();
            ColumnType type = definitions.get(i).type();
            dates[i] = type == ColumnType.TIMESTAMP ? new DateEvidence() : null;
            decimals[i] = type == ColumnType.DECIMAL || type == ColumnType.INTEGER ? new DecimalEvidence() : null;
        }
    }

    /** Whether any column's reading depends on its values, so that the whole file must be surveyed. */
    boolean needed() {
        for (int i = 0; i < positions.length; i++) {
            if (dates[i] != null || decimals[i] != null) {
                return true;
            }
        }
        return false;
    }

    void observe(RawRow row) {
        if (row.malformed() != null) {
            return;
        }
        String[] cells = row.values();
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (p >= cells.length || cells[p] == null || dates[i] == null && decimals[i] == null) {
                continue;
            }
            if (dates[i] != null) {
                dates[i].sample(cells[p], row.isExactNumber(p), row.line());
            } else {
                decimals[i].sample(cells[p], row.isExactNumber(p), row.line());
            }
        }
    }

    /** The evidence of the i-th stored column, or {@code null} when it is not a date column. */
    DateEvidence dates(int i) {
        return dates[i];
    }

    /** The evidence of the i-th stored column, or {@code null} when it is not a number column. */
    DecimalEvidence decimals(int i) {
        return decimals[i];
    }
}
