package dev.p2caudit.ingest;

/**
 * One data row as read, before typing.
 *
 * @param line         where it starts: the CSV line or the worksheet row number
 * @param values       the cells as text, in file order
 * @param exactNumbers for workbooks, which cells were numeric cells (already exact decimals in
 *                     canonical form); {@code null} for CSV
 * @param malformed    why the row could not be split into cells, or {@code null}
 * @param unreadable   for workbooks, why a cell could not be read (an Excel error such as
 *                     {@code #N/A}), per cell, or {@code null} when every cell was read
 * @param firstColumn  for workbooks, the 0-based sheet column of the first cell (so that a
 *                     rejection can name the cell, {@code D7}); {@code -1} for CSV
 */
record RawRow(long line, String[] values, boolean[] exactNumbers, String malformed, String[] unreadable,
              int firstColumn) {

    RawRow(long line, String[] values, boolean[] exactNumbers, String malformed) {
        this(line, values, exactNumbers, malformed, null, -1);
    }

    static RawRow malformed(long line, String reason, String raw) {
        return new RawRow(line, new String[] {raw}, null, reason);
    }

    boolean isBlank() {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return malformed == null && unreadable == null;
    }

    boolean isExactNumber(int index) {
        return exactNumbers != null && index < exactNumbers.length && exactNumbers[index];
    }

    /** Why the cell could not be read, or {@code null}. */
    String unreadable(int index) {
        return unreadable != null && index < unreadable.length ? unreadable[index] : null;
    }

    /** The sheet cell's name ({@code D7}) for a workbook row, else {@code null}. */
    String cellName(int index) {
        return firstColumn < 0 ? null : CellRange.letters(firstColumn + index) + line;
    }
}
