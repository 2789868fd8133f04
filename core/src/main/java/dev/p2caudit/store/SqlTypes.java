package dev.p2caudit.store;

import dev.p2caudit.model.ColumnType;

/** How each column type is stored. Money and quantities are exact decimals, never floating point. */
final class SqlTypes {

    private SqlTypes() {
    }

    static String of(ColumnType type) {
        return switch (type) {
            case TEXT, LANGUAGE -> "VARCHAR";
            case DECIMAL -> "NUMERIC(31,10)";
            case INTEGER -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "TIMESTAMP";
            case OPTION -> "INTEGER";
        };
    }
}
