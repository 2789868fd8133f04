package dev.p2caudit.report;

/**
 * Protects text cells against spreadsheet formula injection (OWASP "CSV injection"): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed
 * with a single quote, so Excel, LibreOffice and Sheets show it as text instead of running it.
 * A plain number such as {@code -0.01} is left alone: it is no formula, and auditors sum it.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty() || isPlainNumber(value)) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
