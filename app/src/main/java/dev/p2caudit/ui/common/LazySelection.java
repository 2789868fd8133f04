package dev.p2caudit.ui.common;

import java.util.function.Consumer;
import javax.swing.JTable;

/**
 * The selected row of a table over a {@link LazyTableModel}, handed on only once it is read: a
 * row selected while its page is still loading (a jump, a click far down) is handed on when the
 * page arrives, so what shows below the table is never the row selected before. Clearing the
 * selection hands on {@code null}. The findings listing and the data browser both select this way.
 */
public final class LazySelection<R> {

    private final JTable table;
    private final LazyTableModel<R> model;
    private final Consumer<R> onSelect;
    /** A row selected before its page arrived, or -1. */
    private int pending = -1;

    private LazySelection(JTable table, LazyTableModel<R> model, Consumer<R> onSelect) {
        this.table = table;
        this.model = model;
        this.onSelect = onSelect;
    }

    /** Follows the table's selection from now on (on the event thread, as Swing calls it). */
    public static <R> LazySelection<R> follow(JTable table, LazyTableModel<R> model, Consumer<R> onSelect) {
        LazySelection<R> selection = new LazySelection<>(table, model, onSelect);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selection.selected();
            }
        });
        model.addTableModelListener(e -> {
            int row = selection.pending;
            if (row >= 0 && e.getFirstRow() <= row && row <= e.getLastRow() && model.row(row) != null) {
                selection.pending = -1;
                onSelect.accept(model.row(row));
            }
        });
        return selection;
    }

    /** The selected row's index in the table, or -1. */
    public int row() {
        return table.getSelectedRow();
    }

    /** The selected row, or {@code null} when nothing is selected or it is still loading. */
    public R current() {
        int row = row();
        return row < 0 ? null : model.row(row);
    }

    /**
     * Selects {@code row} and scrolls to it; a row outside the table clears the selection.
     *
     * @return whether a row is selected now
     */
    public boolean select(int row) {
        if (row < 0 || row >= model.getRowCount()) {
            table.clearSelection();
            return false;
        }
        table.getSelectionModel().setSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
        return true;
    }

    private void selected() {
        int row = row();
        R current = current();
        pending = row >= 0 && current == null ? row : -1;
        if (pending < 0) {
            onSelect.accept(current);
        }
    }
}
