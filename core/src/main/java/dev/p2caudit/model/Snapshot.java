package dev.p2caudit.model;

import java.util.Locale;

/** Which side of the migration an export was taken on. */
public enum Snapshot {
    /** Exported in step 2, before the Prospect to cash solution was uninstalled. */
    PRE,
    /** Exported after the bootstrap (step 8) and the initial sync (step 9). */
    POST;

    /** Lower-case id used in table names, file names and JSON ({@code pre}, {@code post}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code pre} / {@code post} in any case. */
    public static Snapshot parse(String text) {
        for (Snapshot s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown snapshot '" + text + "' (expected pre or post)");
    }
}
