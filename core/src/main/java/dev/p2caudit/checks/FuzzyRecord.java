package dev.p2caudit.checks;

/**
 * A record as the fuzzy rules see it: its row id, its folded name, its second signals (by
 * {@link MatchSignal} ordinal; {@code null} where it has none) and, where the rule's records are
 * kept apart by company, its upper-cased company ({@code ""} for none; {@code null} when the
 * table is not scoped by company): records of two companies never match.
 */
record FuzzyRecord(long rid, NameFolding.Folded name, String[] signals, String company) {

    /** A record of a table not scoped by company. */
    FuzzyRecord(long rid, NameFolding.Folded name, String[] signals) {
        this(rid, name, signals, null);
    }

    String signal(MatchSignal signal) {
        return signals[signal.ordinal()];
    }

    /** Whether the two records may be duplicates of each other: of one company, or unscoped. */
    boolean sameCompany(FuzzyRecord other) {
        return java.util.Objects.equals(company, other.company);
    }
}
