package dev.p2caudit.model;

/**
 * A value that triggered a finding, as text, on the side(s) where it exists. Text keeps exact
 * decimals exact and travels unchanged into JSON, CSV and HTML.
 *
 * @param pre  the pre-migration value, or {@code null} when not read from pre
 * @param post the post-migration value, or {@code null} when not read from post
 */
public record FindingValue(String pre, String post) {

    public static FindingValue pre(Object value) {
        return new FindingValue(text(value), null);
    }

    public static FindingValue post(Object value) {
        return new FindingValue(null, text(value));
    }

    public static FindingValue of(Snapshot side, Object value) {
        return side == Snapshot.PRE ? pre(value) : post(value);
    }

    public static FindingValue both(Object pre, Object post) {
        return new FindingValue(text(pre), text(post));
    }

    /** Empty values show as an empty string, so "was empty" differs from "not read". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            java.math.BigDecimal plain = d.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        return value.toString();
    }
}
