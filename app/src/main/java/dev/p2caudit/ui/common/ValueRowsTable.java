package dev.p2caudit.ui.common;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** A {@link ValueRowsModel} in a table: differing values tinted, the finding's columns in bold. */
public final class ValueRowsTable extends JTable {

    public ValueRowsTable(ValueRowsModel model, String name, String spoken) {
        super(model);
        Ui.named(this, name, spoken);
        setFillsViewportHeight(true);
        Ui.fitRows(this);
        setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected,
                                                           boolean focused, int row, int column) {
                super.getTableCellRendererComponent(table, value, selected, focused, row, column);
                ValueRow r = model.row(row);
                setFont(r.triggered() ? Ui.bold(table.getFont()) : table.getFont());
                if (!selected) {
                    setBackground(r.differs() && column > 0 ? Theme.changed() : table.getBackground());
                }
                setToolTipText(value == null ? null : value.toString());
                return this;
            }
        });
    }
}
