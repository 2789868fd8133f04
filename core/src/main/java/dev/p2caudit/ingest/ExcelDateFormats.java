package dev.p2caudit.ingest;

import java.util.regex.Pattern;

/**
 * Whether an Excel number format shows a date. Built-in formats 14-22 and 45-47 are dates; a
 * custom format is a date when, once quoted text, escapes and bracketed parts such as
 * {@code [$-409]} are removed, it still has a day, month, year, hour or second code.
 */
final class ExcelDateFormats {

    private static final Pattern NOISE = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");
    private static final Pattern DATE_CODES = Pattern.compile("[dmyhs]", Pattern.CASE_INSENSITIVE);

    private ExcelDateFormats() {
    }

    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 45 && formatId <= 47)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String codes = NOISE.matcher(format).replaceAll("");
        return DATE_CODES.matcher(codes).find();
    }
}
