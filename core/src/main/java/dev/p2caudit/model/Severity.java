package dev.p2caudit.model;

import java.util.Locale;

/** How bad a finding is (RULES.md). Declared from least to most severe. */
public enum Severity {
    /** Worth knowing. */
    INFO,
    /** Likely wrong, needs a decision. */
    WARNING,
    /** The record will fail to sync, or data is lost. */
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
