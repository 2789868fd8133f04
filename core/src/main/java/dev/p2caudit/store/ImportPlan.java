package dev.p2caudit.store;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * Everything the workspace records about a file before its rows arrive. The values of each row
 * given to {@link ImportSession#addRow} follow {@link #storedColumns()}.
 *
 * @param dateOrder the date-order setting ({@code day-first}, {@code month-first}, {@code auto}) a
 *                  date column's order came from, or {@code null} when the file decided them all
 */
public record ImportPlan(Snapshot snapshot, TableKind table, String fileName, String sha256, String format,
                         Dialect dialect, String encoding, String delimiter, String decimalSeparator,
                         String tableReason, List<MappedColumn> columns, String dateOrder) {

    public ImportPlan {
        columns = List.copyOf(columns);
    }

    /** A file whose values needed no date-order setting. */
    public ImportPlan(Snapshot snapshot, TableKind table, String fileName, String sha256, String format,
                      Dialect dialect, String encoding, String delimiter, String decimalSeparator,
                      String tableReason, List<MappedColumn> columns) {
        this(snapshot, table, fileName, sha256, format, dialect, encoding, delimiter, decimalSeparator, tableReason,
                columns, null);
    }

    /** The columns that are stored, in file order. */
    public List<MappedColumn> storedColumns() {
        return columns.stream().filter(c -> !c.isIgnored()).toList();
    }

    /** Stored columns that are not canonical: the workspace adds them as text columns. */
    List<String> extraColumns() {
        return storedColumns().stream().filter(c -> !c.isCanonical()).map(MappedColumn::storedAs).toList();
    }
}
