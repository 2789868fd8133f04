package dev.p2caudit.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowseQuery;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.ui.RecordingNavigator;
import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.common.PageCache;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserPresenterTest {

    @TempDir
    Path dir;
    private AuditSession session;
    private final FakeView view = new FakeView();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private BrowserPresenter presenter;

    @BeforeEach
    void open() {
        session = SampleWorkspace.copyInto(dir);
        presenter = new BrowserPresenter(view, Background.direct(), navigator);
        presenter.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void listsTheLoadedTablesWithTheirRowsAndOpensTheFirst() throws Exception {
        assertThat(view.tables).hasSize(18);
        assertThat(view.tables.get(0)).isEqualTo(new TableChoice(Snapshot.PRE, TableKind.ACCOUNT, 100));
        assertThat(view.open).isEqualTo(view.tables.get(0));
        assertThat(view.columns).startsWith("id").contains("account_number", "name");
        assertThat(view.size).isEqualTo(100);
        assertThat(view.source.fetch(0, 100)).extracting(BrowsedRow::line).startsWith(2L, 3L, 4L);
    }

    @Test
    void sortsAndFiltersInTheStore() throws Exception {
        presenter.open(Snapshot.POST, TableKind.ORDER_LINE);
        presenter.sort("quantity", false);

        List<BrowsedRow> rows = view.source.fetch(0, 1000);
        assertThat(rows).hasSize(view.size);
        List<java.math.BigDecimal> quantities = rows.stream().map(r -> (java.math.BigDecimal) r.value("quantity"))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(quantities).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String product = (String) rows.get(0).value("product");
        presenter.filter("site", "");
        presenter.filter(null, product.toLowerCase());
        assertThat(presenter.query()).isEqualTo(new BrowseQuery("quantity", false, null, product.toLowerCase()));
        assertThat(view.size).isPositive().isLessThan((int) view.total);
        assertThat(view.source.fetch(0, view.size)).allSatisfy(r -> assertThat(r.values().values().toString())
                .containsIgnoringCase(product));
    }

    @Test
    void aFindingsRecordOpensItsTableWithTheRecordSelected() throws Exception {
        presenter.showRecord(Snapshot.POST, TableKind.ACCOUNT, "ACC-01011-AHSHKC");

        assertThat(view.open.table()).isEqualTo(TableKind.ACCOUNT);
        assertThat(view.open.snapshot()).isEqualTo(Snapshot.POST);
        BrowsedRow selected = view.source.fetch(view.selected, 1).get(0);
        assertThat(selected.value("account_number")).isEqualTo("ACC-01011-AHSHKC");

        presenter.select(selected);

        assertThat(view.recordKey).isEqualTo("ACC-01011-AHSHKC");
        assertThat(view.recordFindings).extracting(Finding::rule).contains("ACC-COMPANY");
        presenter.openFinding(view.recordFindings.get(0));
        assertThat(navigator.calls).containsExactly("finding ACC-COMPANY ACC-01011-AHSHKC");
    }

    @Test
    void aKeyThatIsNotThereSaysSo() {
        presenter.showRecord(Snapshot.POST, TableKind.ORDER, "NO-SUCH-ORDER");

        assertThat(view.messages).singleElement().asString().contains("No post order has the key NO-SUCH-ORDER");
        assertThat(view.open.table()).isEqualTo(TableKind.ORDER);
    }

    static final class FakeView implements BrowserView {
        List<TableChoice> tables = List.of();
        TableChoice open;
        List<String> columns;
        PageCache.Source<BrowsedRow> source;
        int size;
        long total;
        int selected = -1;
        String recordKey;
        List<Finding> recordFindings = List.of();
        final List<String> messages = new ArrayList<>();

        @Override
        public void showTables(List<TableChoice> list, TableChoice openTable) {
            tables = list;
        }

        @Override
        public void showTable(TableChoice table, List<String> cols, BrowseQuery query) {
            open = table;
            columns = cols;
        }

        @Override
        public void showRows(PageCache.Source<BrowsedRow> s, int n, long all) {
            source = s;
            size = n;
            total = all;
        }

        @Override
        public void showBusy(String what) {
        }

        @Override
        public void selectRow(int row) {
            selected = row;
        }

        @Override
        public void showRecordFindings(String key, List<Finding> findings) {
            recordKey = key;
            recordFindings = findings;
        }

        @Override
        public void showMessage(String message) {
            messages.add(message);
        }
    }
}
