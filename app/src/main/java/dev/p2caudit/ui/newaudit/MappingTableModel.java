package dev.p2caudit.ui.newaudit;

import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.ui.common.ListTableModel;
import java.util.List;

/** How the selected file's headers map; unmapped ones can be shown alone. */
final class MappingTableModel extends ListTableModel<MappedColumn> {

    MappingTableModel() {
        super("#", "Header in the file", "Canonical column", "Stored as", "Note", "Values read as");
    }

    void setColumns(List<MappedColumn> mapped, boolean onlyUnmapped) {
        set(mapped.stream().filter(c -> !onlyUnmapped || !c.isCanonical()).toList());
    }

    @Override
    protected Object value(MappedColumn c, int column) {
        return switch (column) {
            case 0 -> c.position() + 1;
            case 1 -> c.header();
            case 2 -> c.isCanonical() ? c.canonical() : "— unmapped —";
            case 3 -> c.isIgnored() ? "(ignored)" : c.storedAs();
            case 4 -> c.note() == null ? "" : c.note();
            default -> c.reading() == null ? "" : c.reading();
        };
    }
}
