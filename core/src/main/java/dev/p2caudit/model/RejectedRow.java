package dev.p2caudit.model;

/**
 * A row of an input file that could not be read (RULES.md {@code INPUT-REJECTED}).
 *
 * @param file         the file's name
 * @param line         the line (CSV) or row (xlsx) number, 1-based, where the row starts
 * @param columnNumber the 1-based column position, or 0 when the whole row is at fault
 * @param column       the column's header, or {@code null} when the whole row is at fault
 * @param reason       what was wrong, in plain words
 * @param raw          the offending value or row text, shortened, or {@code null}
 */
public record RejectedRow(String file, long line, int columnNumber, String column, String reason, String raw) {

    /** One line for a terminal: {@code Order.csv:17: column 5 (Quantity): '12x' is not a number}. */
    public String describe() {
        String where = columnNumber > 0 ? " column " + columnNumber + " (" + column + "):" : "";
        return file + ":" + line + ":" + where + " " + reason;
    }
}
