package dev.p2caudit.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column writes decimals: {@code 1,234.50} or {@code 1.234,50}. Spaces (also non-breaking
 * and narrow ones) and apostrophes are accepted as thousands separators in both.
 */
enum DecimalStyle {
    POINT('.', ','),
    COMMA(',', '.');

    private final char decimal;
    private final Pattern grouped;

    DecimalStyle(char decimal, char grouping) {
        this.decimal = decimal;
        String g = "[" + Pattern.quote(String.valueOf(grouping)) + " \u00A0\u202F']";
        String d = Pattern.quote(String.valueOf(decimal));
        this.grouped = Pattern.compile("([+-]?)(\\d{1,3}(?:" + g + "\\d{3})+)(?:" + d + "(\\d*))?");
    }

    /**
     * The style a value can only be written in, or {@code null} when it has no separator or fits
     * both ({@code 1,234} and {@code 1.234} with one to three digits before): {@code 1.234,56},
     * {@code 12,5}, {@code 0,125} and {@code 1.234.567} are a decimal comma's; {@code 1,234.56},
     * {@code 12.5} and {@code 1,234,567} a decimal point's. The value may still be malformed in
     * that style; {@link #canonical} judges that.
     */
    static DecimalStyle writtenIn(String s) {
        int commas = 0;
        int points = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '.') {
                commas += c == ',' ? 1 : 0;
                points += c == '.' ? 1 : 0;
                last = i;
            } else if ((c == 'E' || c == 'e') && points + commas == 1) {
                // 1.5E3, 1,5E3: a separator before an exponent is a decimal one.
                return s.charAt(last) == '.' ? POINT : COMMA;
            }
        }
        if (commas > 0 && points > 0) {
            return s.charAt(last) == ',' ? COMMA : POINT;
        }
        if (commas + points > 1) {
            return commas > 0 ? POINT : COMMA;
        }
        if (last < 0 || looksGrouped(s, last)) {
            return null;
        }
        return s.charAt(last) == ',' ? COMMA : POINT;
    }

    /** One to three digits (not a lone 0) before the separator and exactly three after: 1,234 or 1.234. */
    private static boolean looksGrouped(String s, int separator) {
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int before = separator - start;
        int after = s.length() - separator - 1;
        boolean leadingZero = before == 1 && s.charAt(start) == '0';
        return before >= 1 && before <= 3 && after == 3 && !leadingZero && digits(s, start, separator)
                && digits(s, separator + 1, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code decimal comma} or {@code decimal point}. */
    String description() {
        return this == COMMA ? "decimal comma" : "decimal point";
    }

    /** The separator as reported: {@code .} or {@code ,}. */
    String separator() {
        return String.valueOf(decimal);
    }

    /**
     * The number in {@link java.math.BigDecimal}'s syntax, or {@code null} when the text is not a
     * number written in this style.
     */
    String canonical(String text) {
        if (isPlain(text)) {
            return decimal == '.' ? text : text.replace(decimal, '.');
        }
        Matcher m = grouped.matcher(text);
        if (m.matches()) {
            String integer = m.group(2).replaceAll("\\D", "");
            return m.group(1) + integer + (m.group(3) == null ? "" : "." + m.group(3));
        }
        return null;
    }

    /** Sign, digits, at most one decimal separator and an optional exponent: the common case, checked fast. */
    private boolean isPlain(String s) {
        int digits = 0;
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == decimal && !separator) {
                separator = true;
            } else if ((c == '+' || c == '-') && i == 0) {
                continue;
            } else if ((c == 'E' || c == 'e') && digits > 0 && i < s.length() - 1) {
                return s.substring(i + 1).matches("[+-]?\\d{1,4}");
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
