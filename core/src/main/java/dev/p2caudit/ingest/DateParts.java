package dev.p2caudit.ingest;

/**
 * The first two parts of a date written {@code d/M/yyyy}, {@code M/d/yyyy}, {@code d.M.yyyy} or
 * {@code d-M-yyyy} (a time may follow): the forms whose order the text alone may not tell. Read by
 * hand, not by a regular expression, since the survey looks at every date cell of a file.
 *
 * @param first     the number before the first separator
 * @param second    the number between the separators
 * @param separator {@code /}, {@code .} or {@code -}
 */
record DateParts(int first, int second, char separator) {

    /** What a value says about the order. */
    enum Evidence { DAY_FIRST, MONTH_FIRST, AMBIGUOUS, SAME_EITHER_WAY, NEITHER }

    /** The parts of {@code s} (trimmed), or {@code null} when it is not such a date. */
    static DateParts of(String s) {
        int i = 0;
        int first = 0;
        while (i < s.length() && i < 2 && isDigit(s.charAt(i))) {
            first = first * 10 + s.charAt(i++) - '0';
        }
        if (i == 0 || i >= s.length() || !isSeparator(s.charAt(i))) {
            return null;
        }
        char separator = s.charAt(i++);
        int start = i;
        int second = 0;
        while (i < s.length() && i - start < 2 && isDigit(s.charAt(i))) {
            second = second * 10 + s.charAt(i++) - '0';
        }
        if (i == start || i >= s.length() || s.charAt(i) != separator) {
            return null;
        }
        i++;
        int year = i;
        while (i < s.length() && i - year < 4 && isDigit(s.charAt(i))) {
            i++;
        }
        boolean yearOk = i - year == 4 && (i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == 'T');
        return yearOk ? new DateParts(first, second, separator) : null;
    }

    Evidence evidence() {
        boolean firstIsMonth = first >= 1 && first <= 12;
        boolean secondIsMonth = second >= 1 && second <= 12;
        boolean firstIsDay = first >= 1 && first <= 31;
        boolean secondIsDay = second >= 1 && second <= 31;
        boolean dayFirst = firstIsDay && secondIsMonth;
        boolean monthFirst = firstIsMonth && secondIsDay;
        if (dayFirst && monthFirst) {
            return first == second ? Evidence.SAME_EITHER_WAY : Evidence.AMBIGUOUS;
        }
        return dayFirst ? Evidence.DAY_FIRST : monthFirst ? Evidence.MONTH_FIRST : Evidence.NEITHER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '.' || c == '-';
    }
}
