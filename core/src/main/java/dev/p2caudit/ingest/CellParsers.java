package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;

/** The parser for each canonical column type. */
final class CellParsers {

    private CellParsers() {
    }

    /** @param dates the column's date order, or {@code null} when no value depends on it */
    static CellParser forColumn(ColumnDef column, DecimalStyle style, DateOrders.Decision dates) {
        return switch (column.type()) {
            case TEXT -> column.name().equals("company") ? ChoiceCells.companyCode() : ChoiceCells.text();
            case DECIMAL -> NumberCells.decimal(style);
            case INTEGER -> NumberCells.integer(style);
            case BOOLEAN -> ChoiceCells.yesNo();
            case TIMESTAMP -> dates == null ? DateCells.parser() : DateCells.parser(dates.order(), dates.because());
            case OPTION -> ChoiceCells.option(column.optionSet(), column.name().replace('_', ' '));
            case LANGUAGE -> ChoiceCells.language();
        };
    }
}
