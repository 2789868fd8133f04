package dev.p2caudit.store;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * Everything the workspace records about a file before its rows arrive. The values of each row
 * given to {@link ImportSession#addRow} follow {@link #storedColumns()}.
 */
public record ImportPlan(Snapshot snapshot, TableKind table, String fileName, String sha256, String format,
                         Dialect dialect, String encoding, String delimiter, String decimalSeparator,
                         String tableReason, List<MappedColumn> columns) {

    public ImportPlan {
        columns = List.copyOf(columns);
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
