package dev.p2caudit.checks;

/**
 * A record as the fuzzy rules see it: its row id, its folded name and its second signals (by
 * {@link MatchSignal} ordinal; {@code null} where it has none).
 */
record FuzzyRecord(long rid, NameFolding.Folded name, String[] signals) {

    String signal(MatchSignal signal) {
        return signals[signal.ordinal()];
    }
}
