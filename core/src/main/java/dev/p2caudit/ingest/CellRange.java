package dev.p2caudit.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rectangle of a worksheet such as {@code A1:AP42}: rows 1-based as Excel numbers them,
 * columns 0-based as fastexcel-reader indexes them.
 */
record CellRange(int firstColumn, long firstRow, int lastColumn, long lastRow) {

    private static final Pattern REF = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d+):\\$?([A-Za-z]{1,3})\\$?(\\d+)");

    static Optional<CellRange> parse(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(ref.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CellRange(column(m.group(1)), Long.parseLong(m.group(2)), column(m.group(3)),
                Long.parseLong(m.group(4))));
    }

    /** {@code A} is 0, {@code Z} 25, {@code AA} 26. */
    static int column(String letters) {
        int n = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    /** 0 is {@code A}, 26 {@code AA}. */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    int width() {
        return lastColumn - firstColumn + 1;
    }
}
