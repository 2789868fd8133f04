package dev.p2caudit.model;

import java.util.Objects;

/**
 * A canonical column of a table.
 *
 * @param name      canonical name, also the SQL column name ({@code sales_order_number})
 * @param type      how values are parsed and stored
 * @param optionSet the option set for {@link ColumnType#OPTION} columns, else {@code null}
 * @param money     whether the column is an amount of money (summed in reconciliation totals)
 */
public record ColumnDef(String name, ColumnType type, OptionSet optionSet, boolean money) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if ((type == ColumnType.OPTION) != (optionSet != null)) {
            throw new IllegalArgumentException(name + ": an option set goes with OPTION columns only");
        }
    }

    public static ColumnDef text(String name) {
        return new ColumnDef(name, ColumnType.TEXT, null, false);
    }

    public static ColumnDef decimal(String name) {
        return new ColumnDef(name, ColumnType.DECIMAL, null, false);
    }

    public static ColumnDef money(String name) {
        return new ColumnDef(name, ColumnType.DECIMAL, null, true);
    }

    public static ColumnDef integer(String name) {
        return new ColumnDef(name, ColumnType.INTEGER, null, false);
    }

    public static ColumnDef bool(String name) {
        return new ColumnDef(name, ColumnType.BOOLEAN, null, false);
    }

    public static ColumnDef timestamp(String name) {
        return new ColumnDef(name, ColumnType.TIMESTAMP, null, false);
    }

    public static ColumnDef option(String name, OptionSet set) {
        return new ColumnDef(name, ColumnType.OPTION, set, false);
    }

    public static ColumnDef language(String name) {
        return new ColumnDef(name, ColumnType.LANGUAGE, null, false);
    }
}
