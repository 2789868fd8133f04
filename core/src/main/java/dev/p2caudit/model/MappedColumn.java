package dev.p2caudit.model;

/**
 * What became of one header of an input file.
 *
 * @param position  0-based position in the file
 * @param header    the header as written
 * @param canonical the canonical column, or {@code null} when the column is kept as-is or ignored
 * @param storedAs  the workspace column that holds it, or {@code null} when ignored
 * @param note      why it was kept as-is or ignored, or how it matched; may be {@code null}
 * @param reading   how its values were read, with the evidence: the date order or decimal separator
 *                  decided from them ({@code day-first: 14/02/2020 on line 7}); {@code null} when
 *                  nothing about them needed deciding
 */
public record MappedColumn(int position, String header, String canonical, String storedAs, String note,
                           String reading) {

    /** A column whose values needed no decision. */
    public MappedColumn(int position, String header, String canonical, String storedAs, String note) {
        this(position, header, canonical, storedAs, note, null);
    }

    public MappedColumn withReading(String how) {
        return new MappedColumn(position, header, canonical, storedAs, note, how);
    }

    public boolean isCanonical() {
        return canonical != null;
    }

    public boolean isIgnored() {
        return storedAs == null;
    }
}
