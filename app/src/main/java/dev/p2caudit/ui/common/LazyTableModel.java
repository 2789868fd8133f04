package dev.p2caudit.ui.common;

import dev.p2caudit.ui.session.Background;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/**
 * A table model over a {@link PageCache}: cells of rows not yet read show as empty and fill in
 * when their page arrives. Columns are fixed at construction or replaced with {@link #setColumns}.
 */
public final class LazyTableModel<R> extends AbstractTableModel {

    /** One column: its header, the sort key the store knows it by, and how a row shows in it. */
    public record Column<R>(String header, String sortKey, Class<?> type, Function<R, Object> value) {
        public static <R> Column<R> text(String header, String sortKey, Function<R, Object> value) {
            return new Column<>(header, sortKey, Object.class, value);
        }
    }

    private final PageCache<R> cache;
    private List<Column<R>> columns;

    public LazyTableModel(Background background, List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
        this.cache = new PageCache<>(background, (first, last) -> fireTableRowsUpdated(first, last));
    }

    /** A new listing (new filter, sort or run). */
    public void reset(PageCache.Source<R> source, int size) {
        cache.reset(source, size);
        fireTableDataChanged();
    }

    /** New columns and a new listing (another table in the data browser). */
    public void setColumns(List<Column<R>> newColumns, PageCache.Source<R> source, int size) {
        columns = List.copyOf(newColumns);
        cache.reset(source, size);
        fireTableStructureChanged();
    }

    public List<Column<R>> columns() {
        return columns;
    }

    /** The row at hand, or {@code null} while it loads. */
    public R row(int index) {
        return cache.get(index);
    }

    public PageCache<R> cache() {
        return cache;
    }

    @Override
    public int getRowCount() {
        return cache.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).header();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int rowIndex, int columnIndex) {
        R row = cache.get(rowIndex);
        return row == null ? null : columns.get(columnIndex).value().apply(row);
    }
}
