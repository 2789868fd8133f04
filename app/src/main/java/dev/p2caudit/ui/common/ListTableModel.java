package dev.p2caudit.ui.common;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A table over a list held in memory (a few hundred rows at most: files, mapped headers, a
 * record's findings, rules). Subclasses name the columns and say what each cell shows; editable
 * ones override {@code isCellEditable}/{@code setValueAt} and write back through {@link #set(int, Object)}.
 * Tables over the workspace page through {@link LazyTableModel} instead.
 */
public abstract class ListTableModel<T> extends AbstractTableModel {

    private final String[] headers;
    private final List<T> rows = new ArrayList<>();

    protected ListTableModel(String... headers) {
        this.headers = headers.clone();
    }

    /** What the cell of {@code column} shows for {@code row}. */
    protected abstract Object value(T row, int column);

    public void set(List<? extends T> newRows) {
        rows.clear();
        rows.addAll(newRows);
        fireTableDataChanged();
    }

    /** Replaces one row; an index past the end (a list that changed meanwhile) is ignored. */
    public void set(int index, T row) {
        if (index < rows.size()) {
            rows.set(index, row);
            fireTableRowsUpdated(index, index);
        }
    }

    public T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return headers.length;
    }

    @Override
    public String getColumnName(int column) {
        return headers[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value(rows.get(row), column);
    }
}
