package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;

/** The parser for each canonical column type. */
final class CellParsers {

    private CellParsers() {
    }

    static CellParser forColumn(ColumnDef column, DecimalStyle style) {
        return switch (column.type()) {
            case TEXT -> ChoiceCells.text();
            case DECIMAL -> NumberCells.decimal(style);
            case INTEGER -> NumberCells.integer(style);
            case BOOLEAN -> ChoiceCells.yesNo();
            case TIMESTAMP -> DateCells.parser();
            case OPTION -> ChoiceCells.option(column.optionSet(), column.name().replace('_', ' '));
            case LANGUAGE -> ChoiceCells.language();
        };
    }
}
