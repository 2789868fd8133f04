package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.store.ImportLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tables were loaded for each snapshot, which canonical columns their files carried (any
 * of them), and each file's own columns and dialect: a table can come in several files, and a
 * column one of them lacks is missing for that file's rows only.
 */
final class Availability {

    /**
     * One imported file of a table: its import id (the rows' {@code import_id}), name, dialect and
     * columns. {@code impliesCustomer}: an F&amp;O customer export (Customers V3, the OData
     * customers) without a relationship type, whose every row is a customer by what F&amp;O holds.
     */
    record File(long importId, String name, Dialect dialect, Set<String> columns, boolean impliesCustomer) {
    }

    private final Map<String, Set<String>> present = new HashMap<>();
    private final Map<String, List<File>> files = new HashMap<>();

    Availability(ImportLog log) {
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                if (log.isLoaded(snapshot, table)) {
                    present.put(key(snapshot, table), new TreeSet<>(log.presentColumns(snapshot, table)));
                }
            }
        }
        for (ImportRecord r : log.all()) {
            Set<String> columns = new TreeSet<>();
            r.columns().stream().filter(MappedColumn::isCanonical).forEach(c -> columns.add(c.canonical()));
            boolean impliesCustomer = r.table() == TableKind.ACCOUNT && r.dialect() == Dialect.FNO
                    && !columns.contains(RELATIONSHIP);
            if (impliesCustomer) {
                columns.add(RELATIONSHIP);
                present.get(key(r.snapshot(), r.table())).add(RELATIONSHIP);
            }
            files.computeIfAbsent(key(r.snapshot(), r.table()), k -> new ArrayList<>())
                    .add(new File(r.id(), r.fileName(), r.dialect(), columns, impliesCustomer));
        }
    }

    private static final String RELATIONSHIP = "relationship_type";

    /** The files of a snapshot's table, in import order. */
    List<File> files(Snapshot snapshot, TableKind table) {
        return files.getOrDefault(key(snapshot, table), List.of());
    }

    /** The files of a table that lack a column some other file of the table carried. */
    List<File> lacking(Snapshot snapshot, TableKind table, String column) {
        if (!has(snapshot, table, column)) {
            return List.of();
        }
        return files(snapshot, table).stream().filter(f -> !f.columns().contains(column)).toList();
    }

    boolean loaded(Snapshot snapshot, TableKind table) {
        return present.containsKey(key(snapshot, table));
    }

    boolean has(Snapshot snapshot, TableKind table, String column) {
        return loaded(snapshot, table) && present.get(key(snapshot, table)).contains(column);
    }

    Set<String> columns(Snapshot snapshot, TableKind table) {
        return present.getOrDefault(key(snapshot, table), Set.of());
    }

    private static String key(Snapshot snapshot, TableKind table) {
        return snapshot.id() + "." + table.id();
    }
}
