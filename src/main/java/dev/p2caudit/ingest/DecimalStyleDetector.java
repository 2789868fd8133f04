package dev.p2caudit.ingest;

import java.util.regex.Pattern;

/**
 * Decides a column's decimal separator from its values. A value is evidence when only one
 * reading makes sense: {@code 12,5} or {@code 0,125} can only be a decimal comma, {@code 1.234,5}
 * only European grouping. {@code 1,234} says nothing. Without evidence the file's default holds:
 * a decimal comma in {@code ;}-delimited files, a point elsewhere.
 */
final class DecimalStyleDetector {

    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,(\\d{1,2}|\\d{4,})|[+-]?0,\\d+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+,\\d+");
    private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d+\\.(\\d{1,2}|\\d{4,})|[+-]?0\\.\\d+");
    private static final Pattern POINT_GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+\\.\\d+");

    private int commaEvidence;
    private int pointEvidence;

    void sample(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return;
        }
        if (COMMA_DECIMAL.matcher(v).matches() || COMMA_GROUPED.matcher(v).matches()) {
            commaEvidence++;
        } else if (POINT_DECIMAL.matcher(v).matches() || POINT_GROUPED.matcher(v).matches()) {
            pointEvidence++;
        }
    }

    DecimalStyle decide(DecimalStyle fileDefault) {
        if (commaEvidence > pointEvidence) {
            return DecimalStyle.COMMA;
        }
        if (pointEvidence > commaEvidence) {
            return DecimalStyle.POINT;
        }
        return fileDefault;
    }
}
