package dev.p2caudit.model;

/**
 * The date order a user asked for ({@code --date-order}, or the profile's {@code dateOrder}): what
 * a date column follows when its own values, the file's other date columns and the file's style
 * all leave the order open.
 *
 * @param order  the order asked for, or {@code null} when none was
 * @param source where it was asked for, as messages name it ({@code --date-order})
 */
public record DateOrderSetting(DateOrder order, String source) {

    public static final DateOrderSetting NONE = new DateOrderSetting(null, null);

    /** What an import records, so that a changed setting reads the file again: the order, or {@code auto}. */
    public String label() {
        return order == null ? "auto" : order.label();
    }
}
