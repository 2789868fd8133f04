package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrder;

/**
 * What one date column's values say about its order, over the whole column: how many can only be
 * day-first, only month-first, or either, with the first of each and its line, as the evidence
 * shown to the user. Values in ISO form, serial numbers and typed workbook dates say nothing.
 */
final class DateEvidence {

    private final Tally dayFirst = new Tally();
    private final Tally monthFirst = new Tally();
    private final Tally ambiguous = new Tally();
    private boolean slashes;
    private boolean dotsOrDashes;

    void sample(String text, boolean exactNumber, long line) {
        if (exactNumber || text.isEmpty()) {
            return;
        }
        String s = text.trim();
        DateParts parts = s.length() < 8 || s.length() > 40 ? null : DateParts.of(s);
        if (parts == null) {
            return;
        }
        switch (parts.evidence()) {
            case DAY_FIRST -> dayFirst.add(s, line);
            case MONTH_FIRST -> monthFirst.add(s, line);
            case AMBIGUOUS -> ambiguous.add(s, line);
            default -> {
                return;
            }
        }
        slashes |= parts.separator() == '/';
        dotsOrDashes |= parts.separator() != '/';
    }

    long proving(DateOrder order) {
        return (order == DateOrder.DAY_FIRST ? dayFirst : monthFirst).count();
    }

    Example firstProving(DateOrder order) {
        return (order == DateOrder.DAY_FIRST ? dayFirst : monthFirst).first();
    }

    long ambiguous() {
        return ambiguous.count();
    }

    Example firstAmbiguous() {
        return ambiguous.first();
    }

    /** Whether any value depends on the order at all. */
    boolean matters() {
        return dayFirst.count() + monthFirst.count() + ambiguous.count() > 0;
    }

    /** The order the values prove, when they prove one more often than the other; else {@code null}. */
    DateOrder proven() {
        long day = dayFirst.count();
        long month = monthFirst.count();
        return day > month ? DateOrder.DAY_FIRST : month > day ? DateOrder.MONTH_FIRST : null;
    }

    /** Only {@code d.M.yyyy} or {@code d-M-yyyy} forms, never slashes. */
    boolean onlyDotsOrDashes() {
        return dotsOrDashes && !slashes;
    }

    boolean usesSlashes() {
        return slashes;
    }
}
