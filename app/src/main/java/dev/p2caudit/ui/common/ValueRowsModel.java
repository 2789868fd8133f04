package dev.p2caudit.ui.common;

/** Column | Pre | Post, for a finding's values and a record side by side. */
public final class ValueRowsModel extends ListTableModel<ValueRow> {

    public ValueRowsModel() {
        super("Column", "Pre", "Post");
    }

    @Override
    protected Object value(ValueRow r, int column) {
        return switch (column) {
            case 0 -> r.column();
            case 1 -> r.pre() == null ? "—" : r.pre();
            default -> r.post() == null ? "—" : r.post();
        };
    }
}
