package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableBrowserTest {

    @TempDir
    Path dir;
    private Workspace ws;
    private TableBrowser orders;

    @BeforeEach
    void load() throws Exception {
        ws = BrowsingFixture.open(dir);
        orders = ws.browse(Snapshot.POST, TableKind.ORDER);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void showsOnlyTheColumnsAFileFilledInTableOrder() {
        assertThat(orders.columns()).containsExactly("id", "sales_order_number", "name", "company", "total_amount");
        assertThat(ws.browse(Snapshot.PRE, TableKind.ORDER).columns()).isEmpty();
    }

    @Test
    void theDefaultOrderIsTheFileOrderAndRowsComeWithFileAndLine() {
        RowIndex all = orders.index(BrowseQuery.ALL);
        List<BrowsedRow> rows = orders.rows(all.slice(0, 10));

        assertThat(all.size()).isEqualTo(3);
        assertThat(rows).extracting(r -> r.value("id")).containsExactly("g1", "g2", "g3");
        assertThat(rows.get(0).file()).isEqualTo("Order.csv");
        assertThat(rows).extracting(BrowsedRow::line).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(1).value("total_amount")).isEqualTo(new BigDecimal("200.0000000000"));
    }

    @Test
    void sortsByAnyColumnEitherWayWithEmptyValuesLast() {
        assertThat(ids(orders.index(BrowseQuery.ALL.sortedBy("total_amount", false)))).containsExactly("g2", "g1", "g3");
        assertThat(ids(orders.index(BrowseQuery.ALL.sortedBy("sales_order_number", true)))).containsExactly("g1", "g2", "g3");
        assertThat(ids(orders.index(BrowseQuery.ALL.sortedBy("sales_order_number", false)))).containsExactly("g2", "g1", "g3");
    }

    @Test
    void filtersByTextInOneColumnOrInAnyIgnoringCase() {
        assertThat(ids(orders.index(BrowseQuery.ALL.filteredBy("company", "usmf")))).containsExactly("g1", "g2");
        assertThat(ids(orders.index(BrowseQuery.ALL.filteredBy(null, "THIRD")))).containsExactly("g3");
        assertThat(ids(orders.index(BrowseQuery.ALL.filteredBy("total_amount", "10.5")))).containsExactly("g1");
        assertThat(orders.index(BrowseQuery.ALL.filteredBy(null, "nowhere")).size()).isZero();
    }

    @Test
    void rowsComeBackInTheOrderAskedForAndPagesAreClipped() {
        RowIndex sorted = orders.index(BrowseQuery.ALL.sortedBy("total_amount", false));

        assertThat(orders.rows(sorted.slice(1, 2))).extracting(r -> r.value("id")).containsExactly("g1");
        assertThat(sorted.slice(2, 100)).hasSize(1);
        assertThat(sorted.slice(5, 100)).isEmpty();
        assertThat(sorted.positionOf(sorted.slice(2, 3)[0])).isEqualTo(2);
    }

    @Test
    void aRemovedFileLeavesAGapAndTheFileOrderStillListsEveryRowOnce() throws Exception {
        Path second = java.nio.file.Files.writeString(dir.resolve("Order Products 2.csv"), BrowsingFixture.LINES
                .replace("g1,1,", "g1,8,"));
        Path third = java.nio.file.Files.writeString(dir.resolve("Order Products 3.csv"), BrowsingFixture.LINES
                .replace("g1,1,", "g1,9,"));
        new dev.p2caudit.ingest.InputImporter().importAll(ws, java.util.Map.of(Snapshot.POST, List.of(second, third)),
                f -> null, dev.p2caudit.model.ProgressListener.NONE);
        ws.removeImport(ws.imports().all().stream().filter(r -> r.fileName().equals("Order Products 2.csv"))
                .findFirst().orElseThrow());
        TableBrowser browser = ws.browse(Snapshot.POST, TableKind.ORDER_LINE);

        RowIndex all = browser.index(BrowseQuery.ALL);
        List<BrowsedRow> rows = browser.rows(all.slice(0, all.size()));

        assertThat(all.size()).isEqualTo(10);
        assertThat(rows).extracting(BrowsedRow::file).containsExactly("Order Products.csv", "Order Products.csv",
                "Order Products.csv", "Order Products.csv", "Order Products.csv", "Order Products 3.csv",
                "Order Products 3.csv", "Order Products 3.csv", "Order Products 3.csv", "Order Products 3.csv");
        assertThat(all.positionOf(rows.get(7).rowId())).isEqualTo(7);
    }

    @Test
    void aColumnNameThatIsNotPlainIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowseQuery.ALL.sortedBy("name; DROP TABLE x", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Object> ids(RowIndex index) {
        return orders.rows(index.slice(0, index.size())).stream().map(r -> r.value("id")).toList();
    }
}
