package dev.p2caudit.model;

import java.util.Locale;
import java.util.Optional;

/** Which part of a date written {@code 04/03/2020} or {@code 04.03.2020} is the day. */
public enum DateOrder {
    DAY_FIRST("day-first"),
    MONTH_FIRST("month-first");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    /** {@code day-first} or {@code month-first}, as messages, options and profiles write it. */
    public String label() {
        return label;
    }

    public DateOrder other() {
        return this == DAY_FIRST ? MONTH_FIRST : DAY_FIRST;
    }

    /** {@code day-first}/{@code dmy} or {@code month-first}/{@code mdy}, in any case. */
    public static Optional<DateOrder> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "day-first", "dmy", "dd/mm/yyyy" -> Optional.of(DAY_FIRST);
            case "month-first", "mdy", "mm/dd/yyyy" -> Optional.of(MONTH_FIRST);
            default -> Optional.empty();
        };
    }
}
