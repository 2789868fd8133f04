package dev.p2caudit.ingest;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import java.util.List;

/**
 * What reading a file found: how it was recognised and decoded, how its headers map, how many
 * rows loaded and which were rejected. This is how a user finds out why a file did not load.
 *
 * @param file             the file's name
 * @param table            SCHEMA.md's canonical table name, or {@code null} when not recognised
 * @param tableReason      how the table was recognised, or why not
 * @param format           {@code csv} or {@code xlsx}, or {@code null} when unreadable
 * @param sha256           hex SHA-256 of the file, or {@code null} when unreadable
 * @param encoding         the text encoding ({@code xlsx} for workbooks)
 * @param delimiter        the CSV delimiter, or {@code null}
 * @param decimalSeparator {@code .}, {@code ,} or {@code mixed} (per column in the mapping notes)
 * @param dialect          the header dialect
 * @param columns          each header and what it maps to
 * @param rows             rows read, rejected ones included
 * @param rejected         rows that could not be read
 * @param problems         file-level problems (unknown table, unreadable file); empty when it loaded
 * @param rejections       the rejected rows, the first {@value #MAX_LISTED} of them
 */
public record FileReport(String file, String table, String tableReason, String format, String sha256,
                         String encoding, String delimiter, String decimalSeparator, Dialect dialect,
                         List<MappedColumn> columns, long rows, long rejected, List<String> problems,
                         List<RejectedRow> rejections) {

    public static final int MAX_LISTED = 1_000;

    public FileReport {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
        rejections = List.copyOf(rejections);
    }

    /** Whether the file can be loaded at all (rows may still be rejected). */
    public boolean loadable() {
        return problems.isEmpty();
    }

    /** Rows that load. */
    public long rowsLoaded() {
        return rows - rejected;
    }
}
