package dev.p2caudit.ui.duplicates;

import javax.swing.table.AbstractTableModel;

/** Column, then one column per member; the survivor's header says so. */
final class MembersModel extends AbstractTableModel {

    private MemberTable table;

    void set(MemberTable newTable) {
        table = newTable;
        fireTableStructureChanged();
    }

    MemberTable table() {
        return table;
    }

    @Override
    public int getRowCount() {
        return table == null ? 0 : table.rows().size();
    }

    @Override
    public int getColumnCount() {
        return table == null ? 1 : table.members().size() + 1;
    }

    @Override
    public String getColumnName(int column) {
        if (column == 0) {
            return "Column";
        }
        int member = column - 1;
        String key = table.members().get(member);
        String missing = table.found().get(member) ? "" : " (not found)";
        return member == table.survivor() ? "★ " + key + " — survivor" : key + missing;
    }

    @Override
    public Object getValueAt(int row, int column) {
        MemberTable.Row r = table.rows().get(row);
        return column == 0 ? r.column() : r.values().get(column - 1);
    }
}
