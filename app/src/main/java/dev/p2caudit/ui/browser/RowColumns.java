package dev.p2caudit.ui.browser;

import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.store.SqlNames;
import dev.p2caudit.ui.common.CellText;
import dev.p2caudit.ui.common.LazyTableModel.Column;
import java.util.ArrayList;
import java.util.List;

/** The browser's columns for a table: where the row came from, then the stored columns. */
final class RowColumns {

    private RowColumns() {
    }

    static List<Column<BrowsedRow>> of(TableKind table, List<String> stored) {
        List<Column<BrowsedRow>> columns = new ArrayList<>();
        columns.add(Column.text("File", SqlNames.IMPORT_ID, BrowsedRow::file));
        columns.add(new Column<>("Line", SqlNames.SOURCE_LINE, Long.class, BrowsedRow::line));
        for (String column : stored) {
            columns.add(Column.text(column, column, row -> CellText.of(table, column, row.value(column))));
        }
        return columns;
    }
}
