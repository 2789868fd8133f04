package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;

/**
 * DUP-ACC-FUZZY, DUP-CON-FUZZY: near-duplicates the exact rules miss — names alike once folded
 * ({@link NameFolding}, {@link NameSimilarity} at {@code fuzzyThreshold}) and confirmed by a second
 * signal ({@link MatchSignal}). Runs after the exact rules of the catalogue, whose groups it leaves
 * out. Similarity within blocks is the one part done in Java; reading and reporting stay in SQL.
 */
final class FuzzyDuplicateFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        DuplicateGroups groups = FuzzyGroups.groups(rule, snapshot, ctx);
        DuplicateGroups before = snapshot == Snapshot.POST && DuplicateFindings.preComparable(rule, ctx)
                ? FuzzyGroups.groups(rule, Snapshot.PRE, ctx) : null;
        new DuplicateFindings(ctx, rule, snapshot, FuzzyColumns.of(rule.table()).shown()).report(groups, before);
    }
}
