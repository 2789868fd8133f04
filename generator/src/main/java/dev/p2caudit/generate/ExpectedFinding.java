package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * A finding the audit must produce: rule, snapshot, table and key, a reason with the values that
 * triggered it, and the rows behind it (to find the seeds that caused it).
 */
record ExpectedFinding(String rule, Snapshot snapshot, TableKind table, String key, String reason, List<Row> sources) {

    String id() {
        return id(rule, snapshot, key);
    }

    static String id(String rule, Snapshot snapshot, String key) {
        return rule + "|" + snapshot.id() + "|" + key;
    }
}
