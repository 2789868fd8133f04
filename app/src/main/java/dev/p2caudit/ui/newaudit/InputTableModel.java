package dev.p2caudit.ui.newaudit;

import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.common.ListTableModel;
import java.util.function.BiConsumer;

/** The inspected input files; the table column is editable (the user names a wrong table). */
final class InputTableModel extends ListTableModel<InputRow> {

    static final int TABLE = 2;

    private final BiConsumer<Integer, TableKind> tableChosen;

    InputTableModel(BiConsumer<Integer, TableKind> tableChosen) {
        super("Snapshot", "File", "Table", "Recognised by", "Encoding", "Delimiter", "Decimal", "Dialect", "Rows",
                "Unmapped", "Status");
        this.tableChosen = tableChosen;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == TABLE;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column == TABLE) {
            tableChosen.accept(row, value instanceof TableChoice c ? c.table() : null);
        }
    }

    @Override
    protected Object value(InputRow row, int column) {
        FileReport r = row.report();
        return switch (column) {
            case 0 -> row.snapshot().id();
            case 1 -> row.file().getFileName().toString();
            case TABLE -> new TableChoice(row.table().orElse(null));
            case 3 -> row.named() != null ? "chosen by you" : r == null ? "" : r.tableReason();
            case 4 -> r == null ? "" : r.encoding();
            case 5 -> r == null || r.delimiter() == null ? "" : delimiter(r.delimiter());
            case 6 -> r == null || r.decimalSeparator() == null ? "" : r.decimalSeparator();
            case 7 -> r == null || r.dialect() == null ? "" : r.dialect().description();
            case 8 -> r == null ? "" : String.format("%,d", r.rows());
            case 9 -> r == null ? "" : Integer.toString(row.unmapped().size());
            default -> row.status();
        };
    }

    private static String delimiter(String d) {
        return switch (d) {
            case "\t" -> "tab";
            case "," -> "comma ,";
            case ";" -> "semicolon ;";
            case "|" -> "pipe |";
            default -> d;
        };
    }

    /** A table in the combo box; {@code null} table: "recognise it". */
    record TableChoice(TableKind table) {
        @Override
        public String toString() {
            return table == null ? "(not recognised)" : table.displayName() + " (" + table.id() + ")";
        }
    }
}
