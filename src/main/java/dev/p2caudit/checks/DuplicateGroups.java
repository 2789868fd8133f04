package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.SqlNames;
import java.util.Locale;

/**
 * The working tables that hold a rule's groups in a snapshot, whichever family found them:
 * {@code groups} (gid, matched, score) says per group which values matched and, for fuzzy rules,
 * how similar they were; {@code members} (gid, rid) lists the records of each group.
 */
record DuplicateGroups(Snapshot snapshot, String members, String groups) {

    static DuplicateGroups of(RuleDef rule, Snapshot snapshot) {
        String base = snapshot.id() + "_" + rule.id().toLowerCase(Locale.ROOT).replace('-', '_');
        return new DuplicateGroups(snapshot, SqlNames.checked("dupm_" + base), SqlNames.checked("dupg_" + base));
    }

    /**
     * The index columns of a members table. Pre groups are looked up by record, when post groups
     * are compared with them; post groups are only read whole, and an index on a table of a hundred
     * thousand members costs as much as a scan.
     */
    String[] memberIndexes() {
        return snapshot == Snapshot.PRE ? new String[] {"rid"} : new String[0];
    }
}
