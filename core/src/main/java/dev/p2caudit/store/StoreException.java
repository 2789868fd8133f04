package dev.p2caudit.store;

/** A workspace operation failed; the message is meant for the user and names the workspace. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
