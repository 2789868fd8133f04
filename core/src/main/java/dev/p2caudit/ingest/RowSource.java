package dev.p2caudit.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A file's header and then its data rows, streamed. */
interface RowSource extends Closeable {

    /** The header cells, trailing empty ones dropped. */
    List<String> header();

    /**
     * The logical name of each header where the file says it (a workbook's hidden sheet), else
     * {@code null} in its place; empty when the file says nothing.
     */
    default List<String> logicalNames() {
        return List.of();
    }

    /** The next non-blank data row, or {@code null} at the end. */
    RawRow next() throws IOException;

    /** CSV rows must have as many cells as the header; workbook rows may simply end early. */
    boolean fixedWidth();

    /** {@code csv} or {@code xlsx}. */
    String format();

    String encodingLabel();

    /** The delimiter as written ({@code ,} {@code ;} {@code \t} {@code |}), or {@code null}. */
    String delimiter();
}
