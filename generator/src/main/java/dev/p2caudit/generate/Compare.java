package dev.p2caudit.generate;

import java.math.BigDecimal;
import java.util.Objects;

/** How reconciliation compares two values: numbers within a tolerance, text trimmed and case-folded. */
final class Compare {

    /** {@code moneyTolerance}, and the default absolute tolerance of compared numbers. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private Compare() {
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            if (a == null || b == null) {
                return a == b;
            }
            return ((BigDecimal) a).subtract((BigDecimal) b).abs().compareTo(TOLERANCE) <= 0;
        }
        if (a instanceof String || b instanceof String) {
            return RecordKeys.norm((String) a).equals(RecordKeys.norm((String) b));
        }
        return Objects.equals(a, b);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String show(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
