package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data set as an audit sees it once imported: per snapshot and table the rows that load
 * (rejected rows left out) and the canonical columns the table's files carry. It also keeps
 * what did not make it, the rejected rows and the records seeds removed, by record, so that a
 * finding about something missing can name the seed behind it.
 */
final class Loaded {

    private final Map<Snapshot, Map<TableKind, List<Row>>> rows = new EnumMap<>(Snapshot.class);
    private final Map<Snapshot, Map<TableKind, List<Row>>> rejected = new EnumMap<>(Snapshot.class);
    private final Map<Snapshot, Map<TableKind, Map<Long, Row>>> gone = new EnumMap<>(Snapshot.class);
    private final Map<Snapshot, Map<TableKind, Set<String>>> columns = new EnumMap<>(Snapshot.class);

    static Loaded of(World world, List<FileSpec> plan) {
        Loaded loaded = new Loaded();
        TableStreams streams = new TableStreams(world);
        for (FileSpec spec : plan) {
            loaded.columns.computeIfAbsent(spec.snapshot(), s -> new EnumMap<>(TableKind.class))
                    .computeIfAbsent(spec.table(), t -> new LinkedHashSet<>()).addAll(spec.canonicalColumns());
        }
        loaded.columns.forEach((snapshot, tables) -> tables.keySet().forEach(
                table -> streams.forEach(snapshot, table, row -> loaded.add(row), true)));
        return loaded;
    }

    private void add(Row row) {
        if (row.absent || row.rejected()) {
            gone.computeIfAbsent(row.snapshot, s -> new EnumMap<>(TableKind.class))
                    .computeIfAbsent(row.table, t -> new HashMap<>()).put(row.ordinal, row);
        }
        if (row.absent) {
            return;
        }
        Map<Snapshot, Map<TableKind, List<Row>>> target = row.rejected() ? rejected : rows;
        target.computeIfAbsent(row.snapshot, s -> new EnumMap<>(TableKind.class))
                .computeIfAbsent(row.table, t -> new ArrayList<>()).add(row);
    }

    boolean loaded(Snapshot s, TableKind table) {
        return columns.getOrDefault(s, Map.of()).containsKey(table);
    }

    List<Row> rows(Snapshot s, TableKind table) {
        return rows.getOrDefault(s, Map.of()).getOrDefault(table, List.of());
    }

    /** The rows the importer rejects, in file order. */
    List<Row> rejected(Snapshot s, TableKind table) {
        return rejected.getOrDefault(s, Map.of()).getOrDefault(table, List.of());
    }

    boolean has(Snapshot s, TableKind table, String column) {
        return columns.getOrDefault(s, Map.of()).getOrDefault(table, Set.of()).contains(column);
    }

    /** The same record in the other snapshot when it is not there: removed by a seed, or rejected. */
    Row counterpartGone(Row row) {
        Snapshot other = row.snapshot == Snapshot.PRE ? Snapshot.POST : Snapshot.PRE;
        return gone.getOrDefault(other, Map.of()).getOrDefault(row.table, Map.of()).get(row.ordinal);
    }
}
