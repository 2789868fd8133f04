package dev.p2caudit.model;

/** How a canonical column's text is interpreted and stored. */
public enum ColumnType {
    /** Free text, kept as written (trimmed). */
    TEXT,
    /** Money or quantity: an exact decimal, never floating point. */
    DECIMAL,
    /** A whole number such as a line number. */
    INTEGER,
    /** Yes/no in its common spellings. */
    BOOLEAN,
    /** A date or date-time; {@code 1/1/1900} reads as empty. */
    TIMESTAMP,
    /** An option set, accepted as label or code and stored as its code. */
    OPTION,
    /** A language, accepted as tag ({@code en-us}) or option code and stored as a lower-case tag. */
    LANGUAGE
}
