package dev.p2caudit.ui.common;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** Column | Pre | Post, for a finding's values and a record side by side. */
public final class ValueRowsModel extends AbstractTableModel {

    private static final String[] HEADERS = {"Column", "Pre", "Post"};
    private final List<ValueRow> rows = new ArrayList<>();

    public void set(List<ValueRow> newRows) {
        rows.clear();
        rows.addAll(newRows);
        fireTableDataChanged();
    }

    public ValueRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return HEADERS.length;
    }

    @Override
    public String getColumnName(int column) {
        return HEADERS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        ValueRow r = rows.get(row);
        return switch (column) {
            case 0 -> r.column();
            case 1 -> r.pre() == null ? "—" : r.pre();
            default -> r.post() == null ? "—" : r.post();
        };
    }
}
