package dev.p2caudit.ingest;

/** How many values said one thing, and the first of them with its line: one line of evidence. */
final class Tally {

    private long count;
    private Example first;

    void add(String value, long line) {
        count++;
        if (first == null) {
            first = new Example(value, line);
        }
    }

    long count() {
        return count;
    }

    /** The first value counted, or {@code null} when none was. */
    Example first() {
        return first;
    }
}
