package dev.p2caudit.checks;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which member of a duplicate group to keep when merging: the most complete record; on a tie the
 * one named by the most quotes, orders and invoices (merging it moves the fewest references); then
 * the oldest. Exports carry no reliable creation date, so "oldest" is the lowest P2C sequence number
 * in the key ({@code ACC-01086-AJABZJ} → 1086, numbered in creation order), then the earliest row of
 * the export (the file imported first, then its line); the key itself settles the rest.
 */
final class Survivor {

    /**
     * A member of a group, with what the choice looks at; {@code sequence} is the P2C sequence
     * number of its key, read once (the ranking asks for it at every comparison).
     */
    record Member(String key, int filled, long references, long importId, long sourceLine, long sequence) {

        Member(String key, int filled, long references, long importId, long sourceLine) {
            this(key, filled, references, importId, sourceLine, sequenceOf(key));
        }

        /** The sequence number of a P2C key, or {@code Long.MAX_VALUE} when the key is not one. */
        private static long sequenceOf(String key) {
            Matcher m = P2C_KEY.matcher(key);
            return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
        }
    }

    /** The suggestion and the tie-breaker that decided it, in words. */
    record Choice(Member member, String reason) {
    }

    private static final Pattern P2C_KEY = Pattern.compile("[A-Za-z]+-0*(\\d{1,15})-[A-Za-z]+");

    private static final Comparator<Member> MOST_COMPLETE = Comparator.comparingInt(Member::filled).reversed();
    private static final Comparator<Member> MOST_REFERENCED = Comparator.comparingLong(Member::references).reversed();
    private static final Comparator<Member> LOWEST_SEQUENCE = Comparator.comparingLong(Member::sequence);
    private static final Comparator<Member> FIRST_ROW = Comparator.comparingLong(Member::importId)
            .thenComparingLong(Member::sourceLine);
    private static final Comparator<Member> ORDER = MOST_COMPLETE.thenComparing(MOST_REFERENCED)
            .thenComparing(LOWEST_SEQUENCE).thenComparing(FIRST_ROW).thenComparing(Member::key);

    private Survivor() {
    }

    /**
     * @param members     at least two
     * @param columnCount how many columns the completeness was counted over
     */
    static Choice choose(List<Member> members, int columnCount) {
        List<Member> ranked = members.stream().sorted(ORDER).toList();
        Member best = ranked.get(0);
        Member next = ranked.get(1);
        return new Choice(best, reason(best, next, columnCount));
    }

    private static String reason(Member best, Member next, int columnCount) {
        if (MOST_COMPLETE.compare(best, next) != 0) {
            return "the most complete (" + best.filled() + " of " + columnCount + " columns filled)";
        }
        String completeness = "tied on completeness (" + best.filled() + " of " + columnCount + " columns)";
        if (MOST_REFERENCED.compare(best, next) != 0) {
            return completeness + "; the most named by quotes, orders and invoices (" + best.references() + ")";
        }
        String tied = completeness + " and references (" + best.references() + ")";
        if (LOWEST_SEQUENCE.compare(best, next) != 0) {
            return tied + "; the oldest: lowest P2C sequence number (" + best.sequence() + ")";
        }
        if (FIRST_ROW.compare(best, next) != 0) {
            return tied + "; the oldest: first in the export (line " + best.sourceLine() + ")";
        }
        return tied + "; first by key";
    }
}
