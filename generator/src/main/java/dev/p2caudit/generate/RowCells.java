package dev.p2caudit.generate;

import dev.p2caudit.model.ColumnDef;
import java.util.Base64;
import java.util.List;

/** The text of each cell of a row in a CSV export, per the file's columns and text style. */
final class RowCells {

    private final FileSpec spec;
    private final long seed;
    private final ColumnDef[] definitions;

    RowCells(FileSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        List<ColumnSpec> columns = spec.columns();
        this.definitions = new ColumnDef[columns.size()];
        for (int i = 0; i < definitions.length; i++) {
            ColumnSpec column = columns.get(i);
            if (column.source() == ColumnSpec.Source.CANONICAL) {
                definitions[i] = spec.table().column(column.key()).orElseThrow(
                        () -> new IllegalStateException(spec.baseName() + ": no canonical column " + column.key()));
            }
        }
    }

    String[] text(Row row) {
        List<ColumnSpec> columns = spec.columns();
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            ColumnSpec column = columns.get(i);
            cells[i] = switch (column.source()) {
                case CANONICAL -> row.raw(column.key()) != null ? row.raw(column.key())
                        : spec.text().format(definitions[i], row.get(column.key()));
                case EXTRA -> spec.text().format(row.extra(column.key()));
                case CHECKSUM -> checksum(seed, row);
                case MODIFIED_ON -> spec.text().format(row.extra("modified_on"));
                case EMPTY -> "";
            };
        }
        return cells;
    }

    ColumnDef definition(int column) {
        return definitions[column];
    }

    /** Excel's row checksum: opaque base64; here a hash of the record, so it is stable. */
    static String checksum(long seed, Row row) {
        byte[] bytes = new byte[24];
        long state = Rng.mix(seed, 60 + row.table.ordinal(), row.ordinal);
        for (int i = 0; i < bytes.length; i++) {
            if (i % 8 == 0 && i > 0) {
                state = Rng.mix(state, 61, i);
            }
            bytes[i] = (byte) (state >>> (8 * (i % 8)));
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
