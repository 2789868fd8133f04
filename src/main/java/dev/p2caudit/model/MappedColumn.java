package dev.p2caudit.model;

/**
 * What became of one header of an input file.
 *
 * @param position  0-based position in the file
 * @param header    the header as written
 * @param canonical the canonical column, or {@code null} when the column is kept as-is or ignored
 * @param storedAs  the workspace column that holds it, or {@code null} when ignored
 * @param note      why it was kept as-is or ignored, or how it matched; may be {@code null}
 */
public record MappedColumn(int position, String header, String canonical, String storedAs, String note) {

    public boolean isCanonical() {
        return canonical != null;
    }

    public boolean isIgnored() {
        return storedAs == null;
    }
}
