package dev.p2caudit.generate;

/**
 * One column of an export file: its header and where its values come from.
 *
 * @param header the header as the export writes it
 * @param source what fills the column
 * @param key    the canonical column ({@link Source#CANONICAL}) or the row's extra ({@link Source#EXTRA})
 */
record ColumnSpec(String header, Source source, String key) {

    enum Source {
        /** A canonical column of the file's table. */
        CANONICAL,
        /** An unknown or related-table column, kept as-is by the importer. */
        EXTRA,
        /** Excel's hidden {@code (Do Not Modify) Row Checksum}. */
        CHECKSUM,
        /** Excel's hidden {@code (Do Not Modify) Modified On}. */
        MODIFIED_ON,
        /** A column without header or values: the trailing delimiter some exports add. */
        EMPTY
    }

    static ColumnSpec canonical(String header, String column) {
        return new ColumnSpec(header, Source.CANONICAL, column);
    }

    static ColumnSpec extra(String header, String key) {
        return new ColumnSpec(header, Source.EXTRA, key);
    }
}
