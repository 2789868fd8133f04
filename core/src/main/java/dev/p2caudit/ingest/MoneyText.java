package dev.p2caudit.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written with their currency, as a Sales export's money cells hold them
 * ({@code $80,000.00}, {@code 1.234,50 €}, {@code £12}, {@code USD 5}, {@code (1,234.00)} for a
 * negative): the bare number, signed, for the column's decimal style to read. Tried only when a
 * value is not a plain number, so plain numbers cost nothing more.
 */
final class MoneyText {

    private static final String CURRENCY = "(?:US\\$|R\\$|[$€£¥₹]|[A-Z]{3})";
    private static final Pattern AMOUNT = Pattern.compile("(\\()?\\s*([-+])?\\s*(?:" + CURRENCY + "\\s*)?([-+])?\\s*"
            + "(\\d[\\d.,'\u00A0\u202F ]*?)\\s*(?:" + CURRENCY + ")?\\s*(\\))?");

    private MoneyText() {
    }

    /** The signed number without its currency, or empty when the text is not such an amount. */
    static Optional<String> amount(String text) {
        Matcher m = AMOUNT.matcher(text.trim());
        if (!m.matches() || (m.group(1) == null) != (m.group(5) == null)) {
            return Optional.empty();
        }
        int signs = (m.group(1) != null ? 1 : 0) + (m.group(2) != null ? 1 : 0) + (m.group(3) != null ? 1 : 0);
        if (signs > 1) {
            return Optional.empty();
        }
        boolean negative = m.group(1) != null || "-".equals(m.group(2)) || "-".equals(m.group(3));
        return Optional.of((negative ? "-" : "") + m.group(4));
    }
}
