package dev.p2caudit.ingest;

/**
 * One data row as read, before typing.
 *
 * @param line         where it starts: the CSV line or the worksheet row number
 * @param values       the cells as text, in file order
 * @param exactNumbers for workbooks, which cells were numeric cells (already exact decimals in
 *                     canonical form); {@code null} for CSV
 * @param malformed    why the row could not be split into cells, or {@code null}
 */
record RawRow(long line, String[] values, boolean[] exactNumbers, String malformed) {

    static RawRow malformed(long line, String reason, String raw) {
        return new RawRow(line, new String[] {raw}, null, reason);
    }

    boolean isBlank() {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return malformed == null;
    }

    boolean isExactNumber(int index) {
        return exactNumbers != null && index < exactNumbers.length && exactNumbers[index];
    }
}
