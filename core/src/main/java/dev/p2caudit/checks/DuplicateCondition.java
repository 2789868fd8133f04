package dev.p2caudit.checks;

import dev.p2caudit.store.SqlNames;

/**
 * One condition of a duplicate rule, as Dynamics has them: a column, an operator (exact match, same
 * first N characters, same last N characters) and whether blank values are ignored (by default they
 * match each other). {@code form} is how the value is read before comparing: as text (trimmed), as a
 * phone number (digits only) or as a website (no scheme, {@code www.} or trailing slash).
 */
record DuplicateCondition(String column, Operator operator, int characters, boolean ignoreBlank, Form form) {

    enum Operator { EXACT, FIRST, LAST }

    enum Form { TEXT, DIGITS, WEBSITE }

    /**
     * The compared value of a row of a table aliased {@code t}: NULL when blank and blanks are
     * ignored, else never NULL (a blank is {@code ''}, equal to every other blank).
     */
    String sql(boolean caseSensitive) {
        String value = "TRIM(CAST(t." + SqlNames.checked(column) + " AS VARCHAR))";
        if (!caseSensitive || form != Form.TEXT) {
            value = "LOWER(" + value + ")";
        }
        value = switch (form) {
            case TEXT -> value;
            // 'g': every match, not DuckDB's default of the first
            case DIGITS -> "REGEXP_REPLACE(" + value + ", '[^0-9]', '', 'g')";
            case WEBSITE -> "REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(" + value
                    + ", '^[a-z][a-z0-9+.-]*://', ''), '^www\\.', ''), '/+$', '')";
        };
        value = switch (operator) {
            case EXACT -> value;
            case FIRST -> "LEFT(" + value + ", " + characters + ")";
            case LAST -> "RIGHT(" + value + ", " + characters + ")";
        };
        String blankIsNull = "NULLIF(" + value + ", '')";
        return ignoreBlank ? blankIsNull : "COALESCE(" + blankIsNull + ", '')";
    }

    /** How the condition reads in a message: "name", "first 3 characters of phone (digits)". */
    String describe() {
        String what = switch (operator) {
            case EXACT -> column;
            case FIRST -> "first " + characters + " characters of " + column;
            case LAST -> "last " + characters + " characters of " + column;
        };
        return form == Form.DIGITS ? what + " (digits)" : what;
    }
}
