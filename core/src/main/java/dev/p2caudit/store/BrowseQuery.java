package dev.p2caudit.store;

/**
 * How the data browser looks at one table: an order and a text filter on one column.
 *
 * @param sortColumn   the column to sort by, or {@code null} for file order (import, then line)
 * @param ascending    the direction of {@code sortColumn}
 * @param filterColumn the column {@code filterText} must occur in, or {@code null} for any shown column
 * @param filterText   a case-insensitive substring, or {@code null} for every row
 */
public record BrowseQuery(String sortColumn, boolean ascending, String filterColumn, String filterText) {

    /** Every row, in file order. */
    public static final BrowseQuery ALL = new BrowseQuery(null, true, null, null);

    public BrowseQuery {
        if (sortColumn != null) {
            SqlNames.checked(sortColumn);
        }
        if (filterColumn != null) {
            SqlNames.checked(filterColumn);
        }
        filterText = filterText == null || filterText.isBlank() ? null : filterText.strip();
    }

    public BrowseQuery sortedBy(String column, boolean up) {
        return new BrowseQuery(column, up, filterColumn, filterText);
    }

    public BrowseQuery filteredBy(String column, String text) {
        return new BrowseQuery(sortColumn, ascending, column, text);
    }

    public boolean filtered() {
        return filterText != null;
    }
}
