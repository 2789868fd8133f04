package dev.p2caudit.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that keeps the text it passed on, from a given line on, so that the raw lines of a
 * record can be had again: an unbalanced quote makes the CSV parser join lines into one record,
 * and those lines must be parsed again one by one. The parser reads ahead in blocks, so the text
 * kept is about one block plus the current record; lines before the current record are released
 * in bulk, not per line, to keep the cost per character at a copy.
 *
 * <p>Line breaks are counted as the parser counts them: CRLF, CR alone and LF alone each end a line.
 */
final class RawLines extends Reader {

    /** Kept text is compacted once it is this long and lines can be released. */
    private static final int COMPACT_AT = 1 << 20;

    private final Reader in;
    private char[] kept = new char[1 << 16];
    private int length;
    /** The line number of {@code kept[0]}. */
    private long firstLine = 1;
    private long releasable = 1;

    RawLines(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        if (n > 0) {
            if (length + n > kept.length) {
                compact();
                if (length + n > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
                }
            }
            System.arraycopy(buffer, offset, kept, length, n);
            length += n;
        }
        return n;
    }

    /** Lines before {@code line} will not be asked for again. */
    void release(long line) {
        releasable = Math.max(releasable, line);
    }

    /** The raw text of lines {@code from} to {@code to}, without the break that ends the last one. */
    String lines(long from, long to) {
        int start = offsetOf(from, 0, firstLine);
        if (start < 0) {
            return "";
        }
        int end = start;
        long line = from;
        while (end < length && (line < to || !isBreak(kept[end]))) {
            if (isBreak(kept[end])) {
                end = afterBreak(end);
                line++;
            } else {
                end++;
            }
        }
        return new String(kept, start, end - start);
    }

    private void compact() {
        if (length < COMPACT_AT || releasable <= firstLine) {
            return;
        }
        int start = offsetOf(releasable, 0, firstLine);
        if (start <= 0) {
            return;
        }
        System.arraycopy(kept, start, kept, 0, length - start);
        length -= start;
        firstLine = releasable;
    }

    /** Where {@code line} starts, scanning from {@code offset} which starts line {@code at}; -1 when not kept. */
    private int offsetOf(long line, int offset, long at) {
        int i = offset;
        long current = at;
        while (current < line && i < length) {
            if (isBreak(kept[i])) {
                // A CR at the very end may be the first half of a CRLF not read yet.
                if (kept[i] == '\r' && i + 1 == length) {
                    return -1;
                }
                i = afterBreak(i);
                current++;
            } else {
                i++;
            }
        }
        return current == line ? i : -1;
    }

    private int afterBreak(int i) {
        return kept[i] == '\r' && i + 1 < length && kept[i + 1] == '\n' ? i + 2 : i + 1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
