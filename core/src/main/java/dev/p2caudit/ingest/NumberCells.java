package dev.p2caudit.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal and whole-number cells, exact to the last digit. A value that can only be written one
 * way ({@code 1.234,56}, {@code 1,234.56}, {@code 12,5}) is read that way whatever its column's
 * style, so a column mixing separators loses nothing; one that fits both ({@code 1,234}) follows
 * the column's style, decided from all its values.
 */
final class NumberCells {

    /** What the workspace's NUMERIC(31,10) columns hold. */
    static final int MAX_SCALE = 10;
    static final int MAX_INTEGER_DIGITS = 21;

    private NumberCells() {
    }

    static CellParser decimal(DecimalStyle style) {
        return (text, exact) -> parse(text, exact, style);
    }

    static CellParser integer(DecimalStyle style) {
        return (text, exact) -> {
            BigDecimal value = parse(text, exact, style);
            if (value == null) {
                return null;
            }
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                throw new BadValue("'" + text.trim() + "' is not a whole number");
            }
        };
    }

    static BigDecimal parse(String text, boolean exact, DecimalStyle style) throws BadValue {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        String canonical = exact ? s : canonical(s, style);
        if (canonical == null) {
            canonical = MoneyText.amount(s).map(amount -> canonical(amount, style)).orElse(null);
        }
        if (canonical == null) {
            throw new BadValue("'" + s + "' is not a number (decimal separator '" + style.separator() + "')");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(canonical);
        } catch (NumberFormatException e) {
            throw new BadValue("'" + s + "' is not a number (decimal separator '" + style.separator() + "')");
        }
        return fit(s, value);
    }

    private static String canonical(String s, DecimalStyle columnStyle) {
        DecimalStyle own = DecimalStyle.writtenIn(s);
        String read = own == null || own == columnStyle ? null : own.canonical(s);
        return read != null ? read : columnStyle.canonical(s);
    }

    /** Values must fit the column exactly; a digit lost to rounding would be a silent change. */
    private static BigDecimal fit(String text, BigDecimal value) throws BadValue {
        BigDecimal v = value.scale() > MAX_SCALE ? value.stripTrailingZeros() : value;
        if (v.scale() > MAX_SCALE) {
            throw new BadValue("'" + text + "' has more than " + MAX_SCALE + " decimal places");
        }
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new BadValue("'" + text + "' is too large");
        }
        return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
    }
}
