package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One seeded defect (or deliberate near miss): which record it changes or adds, in which
 * snapshots, why, and what it is meant to trigger. The intents are checked by the tests against
 * the expected findings, so a seed that no longer does what it says is noticed.
 */
final class Seed {

    /** A finding the seed is meant to cause (or, when {@code clean}, meant not to cause). */
    record Intent(String rule, Snapshot snapshot, boolean clean) {
    }

    final String id;
    final TableKind table;
    /** The record's index, a line's {@code parent * LINE_FACTOR + line}, or a special's negative ordinal. */
    final long target;
    final Set<Snapshot> snapshots = EnumSet.noneOf(Snapshot.class);
    String why = "";
    final List<Intent> intents = new ArrayList<>();
    Consumer<Row> change = r -> { };
    /** For a special record: how it is built in a snapshot. */
    Function<Snapshot, Row> build;

    Seed(String id, TableKind table, long target) {
        this.id = id;
        this.table = table;
        this.target = target;
    }

    Seed in(Snapshot... on) {
        snapshots.addAll(List.of(on));
        return this;
    }

    Seed because(String reason) {
        this.why = reason;
        return this;
    }

    /** The seed must trigger {@code rule} on the given snapshots. */
    Seed expect(String rule, Snapshot... on) {
        for (Snapshot s : on) {
            intents.add(new Intent(rule, s, false));
        }
        return this;
    }

    /** The seed is a near miss: {@code rule} must not fire for this record. */
    Seed mustNotTrigger(String rule, Snapshot... on) {
        for (Snapshot s : on) {
            intents.add(new Intent(rule, s, true));
        }
        return this;
    }

    Seed change(Consumer<Row> how) {
        Consumer<Row> before = change;
        this.change = before.andThen(how);
        return this;
    }
}
