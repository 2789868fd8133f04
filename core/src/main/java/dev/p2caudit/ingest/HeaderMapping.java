package dev.p2caudit.ingest;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import java.util.List;

/** How a file's headers map onto a table, and the dialect they are written in. */
record HeaderMapping(List<MappedColumn> columns, Dialect dialect) {

    HeaderMapping {
        columns = List.copyOf(columns);
    }

    long canonicalCount() {
        return columns.stream().filter(MappedColumn::isCanonical).count();
    }

    List<MappedColumn> stored() {
        return columns.stream().filter(c -> !c.isIgnored()).toList();
    }
}
