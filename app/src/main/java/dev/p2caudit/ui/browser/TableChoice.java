package dev.p2caudit.ui.browser;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;

/** A snapshot's table and how many rows it holds, for the table picker. */
public record TableChoice(Snapshot snapshot, TableKind table, long rows) {

    @Override
    public String toString() {
        return snapshot.id() + " · " + table.displayName() + String.format(" (%,d)", rows);
    }

    public boolean is(Snapshot s, TableKind t) {
        return snapshot == s && table == t;
    }
}
