package dev.p2caudit.ui.rules;

import dev.p2caudit.model.Severity;
import dev.p2caudit.ui.common.ListTableModel;

/** The catalogue with the workspace's choices; "On" and "Severity" are editable. */
final class RulesTableModel extends ListTableModel<RuleRow> {

    static final int ON = 0;
    static final int SEVERITY = 2;

    private RulesPresenter presenter;

    RulesTableModel() {
        super("On", "Rule", "Severity", "Default", "Table", "Step", "Title");
    }

    void attach(RulesPresenter rulesPresenter) {
        this.presenter = rulesPresenter;
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
        RuleRow row = row(index);
        if (column == ON) {
            boolean on = Boolean.TRUE.equals(value);
            presenter.setEnabled(row.rule().id(), on);
            set(index, new RuleRow(row.rule(), on, row.severity()));
        } else if (column == SEVERITY && value instanceof Severity s) {
            presenter.setSeverity(row.rule().id(), s);
            set(index, new RuleRow(row.rule(), row.enabled(), s));
        }
    }

    @Override
    protected Object value(RuleRow r, int column) {
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
