package dev.p2caudit.ui.common;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowsedRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A record's pre and post rows, column by column, in the table's order; empty columns left out. */
public final class RecordComparison {

    private RecordComparison() {
    }

    /** @param pre the pre row or {@code null}; @param post the post row or {@code null} */
    public static List<ValueRow> of(TableKind table, BrowsedRow pre, BrowsedRow post, Set<String> triggered) {
        Set<String> columns = new LinkedHashSet<>();
        table.columns().stream().map(ColumnDef::name).forEach(columns::add);
        if (pre != null) {
            columns.addAll(pre.values().keySet());
        }
        if (post != null) {
            columns.addAll(post.values().keySet());
        }
        List<ValueRow> rows = new ArrayList<>();
        for (String column : columns) {
            Object a = pre == null ? null : pre.value(column);
            Object b = post == null ? null : post.value(column);
            if (a == null && b == null && !triggered.contains(column)) {
                continue;
            }
            rows.add(new ValueRow(column, pre == null ? null : CellText.of(table, column, a),
                    post == null ? null : CellText.of(table, column, b), triggered.contains(column)));
        }
        return rows;
    }
}
