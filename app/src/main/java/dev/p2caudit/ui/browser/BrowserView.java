package dev.p2caudit.ui.browser;

import dev.p2caudit.model.Finding;
import dev.p2caudit.store.BrowseQuery;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.ui.common.PageCache;
import java.util.List;

/** The data browser. */
public interface BrowserView {

    /** The tables that hold rows, and which is open. */
    void showTables(List<TableChoice> tables, TableChoice open);

    /** Another table: its columns and its rows (the query as given). */
    void showTable(TableChoice table, List<String> columns, BrowseQuery query);

    /** The rows of the open table under the current query: {@code size} of {@code total}. */
    void showRows(PageCache.Source<BrowsedRow> source, int size, long total);

    void showBusy(String what);

    void selectRow(int row);

    /** The findings about the selected record; {@code key} {@code null}: nothing selected. */
    void showRecordFindings(String key, List<Finding> findings);

    void showMessage(String message);
}
