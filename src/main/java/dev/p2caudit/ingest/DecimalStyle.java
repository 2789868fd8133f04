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
