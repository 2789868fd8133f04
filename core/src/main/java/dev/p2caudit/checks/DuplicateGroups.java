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
}
