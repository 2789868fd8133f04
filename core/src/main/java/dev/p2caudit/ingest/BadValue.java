package dev.p2caudit.ingest;

/** A cell that cannot be read as its column's type; the message is the reason shown to the user. */
final class BadValue extends Exception {

    BadValue(String reason) {
        // No stack trace: rejections are expected data, and a bad column can produce millions.
        super(reason, null, false, false);
    }
}
