package dev.p2caudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

class ServerSorterTest {

    private final List<String> asked = new ArrayList<>();
    private final ServerSorter sorter = new ServerSorter(new DefaultTableModel(5, 3),
            (column, ascending) -> asked.add(column + (ascending ? " asc" : " desc")));

    @Test
    void aHeaderCyclesAscendingDescendingDefaultAndTheStoreIsAskedEachTime() {
        sorter.toggleSortOrder(1);
        assertThat(keys()).containsExactly(new RowSorter.SortKey(1, SortOrder.ASCENDING));
        sorter.toggleSortOrder(1);
        assertThat(keys()).containsExactly(new RowSorter.SortKey(1, SortOrder.DESCENDING));
        sorter.toggleSortOrder(1);
        assertThat(sorter.getSortKeys()).isEmpty();
        sorter.toggleSortOrder(2);

        assertThat(asked).containsExactly("1 asc", "1 desc", "-1 asc", "2 asc");
    }

    private List<RowSorter.SortKey> keys() {
        return new ArrayList<>(sorter.getSortKeys());
    }

    @Test
    void rowsAreNeverReorderedOnTheClient() {
        sorter.toggleSortOrder(0);

        assertThat(sorter.convertRowIndexToModel(3)).isEqualTo(3);
        assertThat(sorter.convertRowIndexToView(4)).isEqualTo(4);
        assertThat(sorter.getViewRowCount()).isEqualTo(5);
    }
}
