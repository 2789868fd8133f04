package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportLog;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which tables were loaded for each snapshot, and which canonical columns their files carried. */
final class Availability {

    private final Map<String, Set<String>> present = new HashMap<>();

    Availability(ImportLog log) {
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                if (log.isLoaded(snapshot, table)) {
                    present.put(key(snapshot, table), log.presentColumns(snapshot, table));
                }
            }
        }
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
