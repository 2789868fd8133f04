package dev.p2caudit.ui.findings;

import dev.p2caudit.model.Finding;
import dev.p2caudit.ui.common.LazyTableModel.Column;
import java.util.List;

/** The columns of the findings listing, with the store's sort key of each. */
final class FindingColumns {

    static final List<Column<Finding>> ALL = List.of(
            Column.text("Rule", "rule", Finding::rule),
            Column.text("Severity", "severity", Finding::severity),
            Column.text("Table", "table", f -> f.table() == null ? "" : f.table().id()),
            Column.text("Snapshot", "snapshot", f -> f.snapshot() == null ? "" : f.snapshot().id()),
            Column.text("Key", "key", Finding::key),
            Column.text("Message", "message", Finding::message),
            new Column<>("Waived", "waived", Boolean.class, Finding::waived));

    /** Preferred widths at 100%. */
    static final int[] WIDTHS = {150, 80, 100, 70, 220, 620, 60};

    private FindingColumns() {
    }
}
