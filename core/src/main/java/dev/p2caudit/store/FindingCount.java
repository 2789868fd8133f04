package dev.p2caudit.store;

import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;

/** How many findings of a run share a rule, severity, table, snapshot and waived state. */
public record FindingCount(String rule, Severity severity, TableKind table, Snapshot snapshot, boolean waived,
                           long count) {
}
