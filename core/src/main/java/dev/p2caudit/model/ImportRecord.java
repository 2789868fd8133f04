package dev.p2caudit.model;

import java.time.Instant;
import java.util.List;

/**
 * One file loaded into a workspace, as the workspace remembers it.
 *
 * @param id               the import's id in the workspace
 * @param snapshot         pre or post
 * @param table            the table the file was loaded into
 * @param fileName         the file's name (no folder)
 * @param sha256           hex SHA-256 of the file's bytes
 * @param format           {@code csv} or {@code xlsx}
 * @param dialect          the header dialect detected
 * @param encoding         the text encoding (for xlsx: {@code xlsx})
 * @param delimiter        the CSV delimiter, or {@code null} for xlsx
 * @param decimalSeparator the decimal separator numbers were read with
 * @param tableReason      how the table was recognised
 * @param columns          the header mapping
 * @param rowsLoaded       rows now in the workspace
 * @param rowsRejected     rows that could not be read
 * @param importedAt       when the import finished
 * @param durationMillis   how long it took
 * @param dateOrder        the date-order setting a date column's order came from ({@code day-first},
 *                         {@code month-first}, {@code auto}), or {@code null} when the file decided them all
 */
public record ImportRecord(long id, Snapshot snapshot, TableKind table, String fileName, String sha256,
                           String format, Dialect dialect, String encoding, String delimiter,
                           String decimalSeparator, String tableReason, List<MappedColumn> columns,
                           long rowsLoaded, long rowsRejected, Instant importedAt, long durationMillis,
                           String dateOrder) {

    /** An import whose values needed no date-order setting. */
    public ImportRecord(long id, Snapshot snapshot, TableKind table, String fileName, String sha256,
                        String format, Dialect dialect, String encoding, String delimiter,
                        String decimalSeparator, String tableReason, List<MappedColumn> columns,
                        long rowsLoaded, long rowsRejected, Instant importedAt, long durationMillis) {
        this(id, snapshot, table, fileName, sha256, format, dialect, encoding, delimiter, decimalSeparator,
                tableReason, columns, rowsLoaded, rowsRejected, importedAt, durationMillis, null);
    }
}
