package dev.p2caudit.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How headers and file names are compared: case, spacing, {@code _} and {@code -} do not count. */
final class HeaderText {

    /** {@code Order ID (Order)}: a trailing parenthesis names a table. */
    private static final Pattern SUFFIX = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern DO_NOT_MODIFY = Pattern.compile("^\\s*\\(do not modify\\)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);

    private HeaderText() {
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    /** Splits {@code Order ID (Order)} into {@code Order ID} and {@code Order}. */
    static Optional<String[]> splitTableSuffix(String header) {
        if (DO_NOT_MODIFY.matcher(header).matches()) {
            return Optional.empty();
        }
        Matcher m = SUFFIX.matcher(header);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** The table named by an Excel export's {@code (Do Not Modify) <Table>} column. */
    static Optional<String> doNotModifyTarget(String header) {
        Matcher m = DO_NOT_MODIFY.matcher(header);
        return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /**
     * A file name or table phrase as words: lower case, every run of non-letters and non-digits a
     * single space, plurals folded ({@code Order Products 2021-03-01} → {@code order product 2021 03 01}).
     */
    static String words(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            String word = part.length() > 3 && part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }
}
