package dev.p2caudit.ingest;

/** A value a decision rests on, and the line it stands on: the evidence shown to the user. */
record Example(String value, long line) {

    @Override
    public String toString() {
        return value + " on line " + line;
    }
}
