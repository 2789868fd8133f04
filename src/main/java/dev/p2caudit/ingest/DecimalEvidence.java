package dev.p2caudit.ingest;

/**
 * What one number column's values say about its decimal separator, over the whole column: how many
 * can only be written with a decimal comma or point ({@link DecimalStyle#writtenIn}), how many fit
 * both ({@code 1,234}), with the first of each and its line. Workbook numbers say nothing.
 */
final class DecimalEvidence {

    private long comma;
    private long point;
    private long ambiguous;
    private Example firstComma;
    private Example firstPoint;
    private Example firstAmbiguous;

    void sample(String text, boolean exactNumber, long line) {
        if (exactNumber || text.isEmpty()) {
            return;
        }
        String s = text.trim();
        DecimalStyle style = DecimalStyle.writtenIn(s);
        if (style != null && style.canonical(s) == null) {
            return; // not a number in its own style either: rejected, not evidence
        }
        if (style == DecimalStyle.COMMA) {
            comma++;
            firstComma = firstComma == null ? new Example(s, line) : firstComma;
        } else if (style == DecimalStyle.POINT) {
            point++;
            firstPoint = firstPoint == null ? new Example(s, line) : firstPoint;
        } else if (s.indexOf(',') >= 0 || s.indexOf('.') >= 0) {
            ambiguous++;
            firstAmbiguous = firstAmbiguous == null ? new Example(s, line) : firstAmbiguous;
        }
    }

    /** The style most values can only be written in; the file's default when none or as many of each. */
    DecimalStyle decide(DecimalStyle fileDefault) {
        return comma > point ? DecimalStyle.COMMA : point > comma ? DecimalStyle.POINT : fileDefault;
    }

    long count(DecimalStyle style) {
        return style == DecimalStyle.COMMA ? comma : point;
    }

    Example first(DecimalStyle style) {
        return style == DecimalStyle.COMMA ? firstComma : firstPoint;
    }

    long ambiguous() {
        return ambiguous;
    }

    Example firstAmbiguous() {
        return firstAmbiguous;
    }
}
