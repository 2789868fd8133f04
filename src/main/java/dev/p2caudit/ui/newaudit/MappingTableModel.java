package dev.p2caudit.ui.newaudit;

import dev.p2caudit.model.MappedColumn;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** How the selected file's headers map; unmapped ones can be shown alone. */
final class MappingTableModel extends AbstractTableModel {

    private static final String[] HEADERS = {"#", "Header in the file", "Canonical column", "Stored as", "Note"};
    private final List<MappedColumn> columns = new ArrayList<>();

    void setColumns(List<MappedColumn> mapped, boolean onlyUnmapped) {
        columns.clear();
        mapped.stream().filter(c -> !onlyUnmapped || !c.isCanonical()).forEach(columns::add);
        fireTableDataChanged();
    }

    MappedColumn column(int row) {
        return columns.get(row);
    }

    @Override
    public int getRowCount() {
        return columns.size();
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
        MappedColumn c = columns.get(row);
        return switch (column) {
            case 0 -> c.position() + 1;
            case 1 -> c.header();
            case 2 -> c.isCanonical() ? c.canonical() : "— unmapped —";
            case 3 -> c.isIgnored() ? "(ignored)" : c.storedAs();
            default -> c.note() == null ? "" : c.note();
        };
    }
}
