package dev.p2caudit.ui.rules;

import dev.p2caudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The catalogue with the workspace's choices; "On" and "Severity" are editable. */
final class RulesTableModel extends AbstractTableModel {

    static final int ON = 0;
    static final int SEVERITY = 2;
    private static final String[] HEADERS = {"On", "Rule", "Severity", "Default", "Table", "Step", "Title"};

    private final List<RuleRow> rows = new ArrayList<>();
    private RulesPresenter presenter;

    void attach(RulesPresenter rulesPresenter) {
        this.presenter = rulesPresenter;
    }

    void set(List<RuleRow> newRows) {
        rows.clear();
        rows.addAll(newRows);
        fireTableDataChanged();
    }

    RuleRow row(int index) {
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
    public Class<?> getColumnClass(int column) {
        return column == ON ? Boolean.class : column == SEVERITY ? Severity.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == ON || column == SEVERITY;
    }

    @Override
    public void setValueAt(Object value, int index, int column) {
        RuleRow row = rows.get(index);
        if (column == ON) {
            boolean on = Boolean.TRUE.equals(value);
            presenter.setEnabled(row.rule().id(), on);
            rows.set(index, new RuleRow(row.rule(), on, row.severity()));
        } else if (column == SEVERITY && value instanceof Severity s) {
            presenter.setSeverity(row.rule().id(), s);
            rows.set(index, new RuleRow(row.rule(), row.enabled(), s));
        }
        fireTableRowsUpdated(index, index);
    }

    @Override
    public Object getValueAt(int index, int column) {
        RuleRow r = rows.get(index);
        return switch (column) {
            case ON -> r.enabled();
            case 1 -> r.rule().id();
            case SEVERITY -> r.severity();
            case 3 -> r.rule().severity();
            case 4 -> r.rule().table() == null ? "" : r.rule().table().id();
            case 5 -> r.rule().step();
            default -> r.rule().title();
        };
    }
}
