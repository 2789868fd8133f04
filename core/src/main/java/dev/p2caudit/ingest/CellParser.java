package dev.p2caudit.ingest;

/** Turns one cell's text into the value stored for its column. */
@FunctionalInterface
interface CellParser {

    /**
     * @param text        the cell as read (never null)
     * @param exactNumber whether a workbook already gave it as an exact number
     * @return the value to store, or {@code null} for an empty cell
     */
    Object parse(String text, boolean exactNumber) throws BadValue;
}
