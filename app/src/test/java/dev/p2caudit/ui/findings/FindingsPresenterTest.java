package dev.p2caudit.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.FindingSort;
import dev.p2caudit.store.WaiverStore.StoredWaiver;
import dev.p2caudit.ui.CustomRulesWorkspace;
import dev.p2caudit.ui.RecordingNavigator;
import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.common.PageCache;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsPresenterTest {

    @TempDir
    Path dir;
    private AuditSession session;
    private final FakeView view = new FakeView();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private FindingsPresenter presenter;

    @BeforeEach
    void open() {
        session = SampleWorkspace.copyInto(dir);
        presenter = new FindingsPresenter(view, Background.direct(), navigator);
        presenter.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void listsEveryFindingOfTheRunWorstFirstAndTheRulesToFilterBy() throws Exception {
        long total = session.workspace().findings().count(session.runId());

        assertThat(view.shown).isEqualTo(total).isPositive();
        assertThat(view.total).isEqualTo(total);
        assertThat(view.rules).contains("ACC-COMPANY", "OLN-ROUNDING").isSorted();
        List<Finding> firstPage = view.source.fetch(0, 100);
        assertThat(firstPage.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(firstPage).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aListingPreparedAheadIsTheOneTheScreenWouldHaveRead() throws Exception {
        List<Finding> read = view.source.fetch(0, 1000);
        FakeView other = new FakeView();
        FindingsPresenter ahead = new FindingsPresenter(other, Background.direct(), navigator);

        ahead.prepare(session);
        ahead.show(session);

        assertThat(other.shown).isEqualTo(view.shown);
        assertThat(other.source.fetch(0, 1000)).containsExactlyElementsOf(read);
    }

    @Test
    void aFilterNarrowsTheListingAndEveryRowMatchesIt() throws Exception {
        FindingFilter orders = FindingFilter.ALL.withTable(TableKind.ORDER).withSnapshot(Snapshot.POST)
                .withSeverity(Severity.ERROR);

        presenter.filter(orders);

        assertThat(view.filter).isEqualTo(orders);
        assertThat(view.shown).isPositive().isLessThan(view.total);
        assertThat(view.source.fetch(0, 1000)).hasSize((int) view.shown).allMatch(orders::matches);
    }

    @Test
    void sortingAColumnReordersTheStoreQuery() throws Exception {
        presenter.sort("key", false);

        assertThat(view.sort).isEqualTo(new FindingSort("key", false));
        List<String> keys = view.source.fetch(0, 50).stream().map(Finding::key).toList();
        assertThat(keys).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theDetailShowsTheRecordPreAndPostAndWhatToDo() throws Exception {
        presenter.filter(FindingFilter.rule("ACC-COMPANY").withSnapshot(Snapshot.POST));
        Finding finding = view.source.fetch(0, 1).get(0);

        presenter.select(finding);

        FindingDetail detail = view.detail;
        assertThat(detail.rule().title()).isEqualTo("Account without Company");
        assertThat(detail.values()).extracting(v -> v.column()).contains("company");
        assertThat(detail.record()).anySatisfy(row -> {
            assertThat(row.column()).isEqualTo("account_number");
            assertThat(row.pre()).isEqualTo(finding.key());
            assertThat(row.post()).isEqualTo(finding.key());
        });
        assertThat(detail.record()).filteredOn(r -> r.column().equals("company")).singleElement()
                .satisfies(r -> assertThat(r.triggered()).isTrue());
        assertThat(detail.located()).contains("Pre: ").contains("line").contains("Post: Accounts.xlsx");
        assertThat(detail.hasRecord()).isTrue();
    }

    @Test
    void aWaiverIsKeptInTheWorkspaceAndMarksTheFindingAtOnce() throws Exception {
        presenter.filter(FindingFilter.rule("ORD-TYPE"));
        Finding finding = view.source.fetch(0, 1).get(0);
        view.waiver = Optional.of(new WaiverInput("item-based after cut-over", "A. Auditor", LocalDate.now().plusDays(30)));

        presenter.waive(finding, 0);

        assertThat(session.workspace().waivers().all()).containsExactly(new StoredWaiver("ORD-TYPE", finding.key(),
                "item-based after cut-over", "A. Auditor", LocalDate.now().plusDays(30)));
        assertThat(view.source.fetch(0, 1).get(0).waived()).isTrue();
        assertThat(view.detail.finding().waiverNote()).isEqualTo("waived by A. Auditor until "
                + LocalDate.now().plusDays(30) + ": item-based after cut-over");
        assertThat(view.selectedRow).isZero();
        assertThat(navigator.calls).contains("changed");

        presenter.unwaive(view.detail.finding(), 0);

        assertThat(session.workspace().waivers().all()).isEmpty();
        assertThat(view.source.fetch(0, 1).get(0).waived()).isFalse();
    }

    @Test
    void aWaiverWithoutReasonOrWithAPastDateIsRefused() throws Exception {
        Finding finding = view.source.fetch(0, 1).get(0);
        view.waiver = Optional.of(new WaiverInput(" ", "me", LocalDate.now().plusDays(1)));
        presenter.waive(finding, 0);
        view.waiver = Optional.of(new WaiverInput("ok", "me", LocalDate.now().minusDays(1)));
        presenter.waive(finding, 0);
        view.waiver = Optional.empty();
        presenter.waive(finding, 0);

        assertThat(view.messages).hasSize(2);
        assertThat(view.messages.get(0)).contains("needs a reason");
        assertThat(view.messages.get(1)).contains("has passed");
        assertThat(session.workspace().waivers().all()).isEmpty();
    }

    @Test
    void revealShowsTheFindingSelectedAndTheRecordLinkGoesToTheBrowser() throws Exception {
        presenter.filter(FindingFilter.rule("OLN-SITE"));
        Finding line = view.source.fetch(0, 1).get(0);

        presenter.filter(FindingFilter.ALL);
        presenter.reveal(line);
        presenter.showRecord(line);

        assertThat(view.source.fetch(0, 10)).contains(line);
        assertThat(view.selectedRow).isZero();
        assertThat(navigator.calls).containsExactly("record " + line.snapshot().id() + " order_line " + line.key());
    }

    /** Records what the presenter shows. */
    @Test
    void theDetailOfAnOrganisationsDuplicateRuleShowsItsTitleAndTexts() throws Exception {
        try (AuditSession custom = CustomRulesWorkspace.create(dir.resolve("custom"))) {
            FakeView screen = new FakeView();
            FindingsPresenter findings = new FindingsPresenter(screen, Background.direct(), navigator);
            findings.show(custom);
            assertThat(screen.rules).contains(CustomRulesWorkspace.RULE);
            Finding group = screen.source.fetch(0, 100).stream()
                    .filter(f -> f.rule().equals(CustomRulesWorkspace.RULE)).findFirst().orElseThrow();

            findings.select(group);

            assertThat(screen.detail.rule().title()).isEqualTo(CustomRulesWorkspace.TITLE);
            assertThat(screen.detail.rule().why()).contains("becomes its own customer");
            assertThat(screen.detail.rule().remediation()).isNotBlank();
        }
    }

    static final class FakeView implements FindingsView {
        List<String> rules = List.of();
        FindingFilter filter;
        FindingSort sort;
        PageCache.Source<Finding> source;
        long shown;
        long total;
        int selectedRow = -1;
        FindingDetail detail;
        Optional<WaiverInput> waiver = Optional.empty();
        final List<String> messages = new ArrayList<>();

        @Override
        public void showRules(List<String> list) {
            rules = list;
        }

        @Override
        public void showFilter(FindingFilter f) {
            filter = f;
        }

        @Override
        public void showSort(FindingSort s) {
            sort = s;
        }

        @Override
        public void showFindings(PageCache.Source<Finding> s, long count, long all) {
            source = s;
            shown = count;
            total = all;
        }

        @Override
        public void selectRow(int row) {
            selectedRow = row;
        }

        @Override
        public void showDetail(FindingDetail d) {
            detail = d;
        }

        @Override
        public Optional<WaiverInput> askWaiver(Finding finding, String suggestedWho) {
            return waiver;
        }

        @Override
        public void showMessage(String message) {
            messages.add(message);
        }
    }
}
