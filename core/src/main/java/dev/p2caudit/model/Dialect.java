package dev.p2caudit.model;

/** The three header dialects of SCHEMA.md. */
public enum Dialect {
    /** Sales "Export to Excel" and views: display names such as {@code Account Number}. */
    DISPLAY("display names"),
    /** Dataverse logical names such as {@code accountnumber}. */
    LOGICAL("logical names"),
    /** F&amp;O data-management entity fields such as {@code CUSTOMERACCOUNT}. */
    FNO("F&O entity fields"),
    /** No header matched the catalogue. */
    UNKNOWN("unknown");

    private final String description;

    Dialect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
