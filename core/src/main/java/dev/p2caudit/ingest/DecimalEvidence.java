package dev.p2caudit.ingest;

/**
 * What one number column's values say about its decimal separator, over the whole column: how many
 * can only be written with a decimal comma or point ({@link DecimalStyle#writtenIn}), how many fit
 * both ({@code 1,234}), with the first of each and its line. Workbook numbers say nothing.
 */
final class DecimalEvidence {

    private final Tally comma = new Tally();
    private final Tally point = new Tally();
    private final Tally ambiguous = new Tally();

    void sample(String text, boolean exactNumber, long line) {
        if (exactNumber || text.isEmpty()) {
            return;
        }
        String s = text.trim();
        DecimalStyle style = DecimalStyle.writtenIn(s);
        if (style != null && style.canonical(s) == null) {
            return; // not a number in its own style either: rejected, not evidence
        }
        if (style != null) {
            (style == DecimalStyle.COMMA ? comma : point).add(s, line);
        } else if (s.indexOf(',') >= 0 || s.indexOf('.') >= 0) {
            ambiguous.add(s, line);
        }
    }

    /** The style most values can only be written in; the file's default when none or as many of each. */
    DecimalStyle decide(DecimalStyle fileDefault) {
        long c = comma.count();
        long p = point.count();
        return c > p ? DecimalStyle.COMMA : p > c ? DecimalStyle.POINT : fileDefault;
    }

    long count(DecimalStyle style) {
        return (style == DecimalStyle.COMMA ? comma : point).count();
    }

    Example first(DecimalStyle style) {
        return (style == DecimalStyle.COMMA ? comma : point).first();
    }

    long ambiguous() {
        return ambiguous.count();
    }

    Example firstAmbiguous() {
        return ambiguous.first();
    }
}
