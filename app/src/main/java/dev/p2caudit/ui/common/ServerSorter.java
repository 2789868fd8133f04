package dev.p2caudit.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableModel;

/**
 * A row sorter that sorts nothing itself: a header click becomes a query to the store (which
 * sorts a million rows where they are), while the header still shows the usual sort arrow.
 * Rows map one to one between view and model.
 */
public final class ServerSorter extends RowSorter<TableModel> {

    private final TableModel model;
    private final BiConsumer<Integer, Boolean> sortBy;
    private List<SortKey> keys = List.of();

    /** @param sortBy told the model column and whether ascending; {@code -1} for the default order */
    public ServerSorter(TableModel model, BiConsumer<Integer, Boolean> sortBy) {
        this.model = model;
        this.sortBy = sortBy;
    }

    @Override
    public TableModel getModel() {
        return model;
    }

    /** Ascending, descending, then back to the default order. */
    @Override
    public void toggleSortOrder(int column) {
        SortOrder next = SortOrder.ASCENDING;
        if (!keys.isEmpty() && keys.get(0).getColumn() == column) {
            next = keys.get(0).getSortOrder() == SortOrder.ASCENDING ? SortOrder.DESCENDING : SortOrder.UNSORTED;
        }
        setSortKeys(next == SortOrder.UNSORTED ? List.of() : List.of(new SortKey(column, next)));
        sortBy.accept(keys.isEmpty() ? -1 : column, next != SortOrder.DESCENDING);
    }

    /** Shows an order without asking for it (the presenter restored a sort). */
    @Override
    public void setSortKeys(List<? extends SortKey> newKeys) {
        keys = newKeys == null ? List.of() : List.copyOf(newKeys);
        fireSortOrderChanged();
    }

    @Override
    public List<? extends SortKey> getSortKeys() {
        return keys;
    }

    @Override
    public int convertRowIndexToModel(int index) {
        return index;
    }

    @Override
    public int convertRowIndexToView(int index) {
        return index;
    }

    @Override
    public int getViewRowCount() {
        return model.getRowCount();
    }

    @Override
    public int getModelRowCount() {
        return model.getRowCount();
    }

    @Override
    public void modelStructureChanged() {
        keys = List.of();
    }

    @Override
    public void allRowsChanged() {
    }

    @Override
    public void rowsInserted(int firstRow, int endRow) {
    }

    @Override
    public void rowsDeleted(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow, int column) {
    }
}
