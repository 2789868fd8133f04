package dev.p2caudit.ui.findings;

import dev.p2caudit.checks.Waivers;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.store.FindingCount;
import dev.p2caudit.store.FindingSort;
import dev.p2caudit.store.RowIndex;
import dev.p2caudit.store.WaiverStore.StoredWaiver;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.common.RecordComparison;
import dev.p2caudit.ui.common.ValueRow;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings screen: a filtered, sorted listing (one sort in the store, then pages by row id),
 * a detail pane with the
 * record pre and post, and the ways on: the record in the data browser, a waiver.
 */
public final class FindingsPresenter {

    private final FindingsView view;
    private final Background background;
    private final Navigator navigator;
    private AuditSession session;
    private FindingFilter filter = FindingFilter.ALL;
    private FindingSort sort = FindingSort.DEFAULT;
    /** How many findings the run has, once known (-1 before). */
    private long total = -1;
    /** The run's listing in the default order, prepared before the screen was first shown. */
    private Prepared prepared;

    private record Prepared(AuditSession session, long runId, RowIndex rows) {
    }

    public FindingsPresenter(FindingsView view, Background background, Navigator navigator) {
        this.view = view;
        this.background = background;
        this.navigator = navigator;
    }

    /**
     * Sorts the run's findings in the default order on the lane aside while the user reads the
     * dashboard, so that the findings screen opens on its first page at once.
     */
    public void prepare(AuditSession upcoming) {
        if (upcoming.run().isEmpty()) {
            return;
        }
        long runId = upcoming.runId();
        background.runAside("preparing the findings", () -> upcoming.reader().findingIndex().index(runId,
                FindingFilter.ALL, FindingSort.DEFAULT), rows -> prepared = new Prepared(upcoming, runId, rows),
                error -> { });
    }

    /** A run on screen: every finding, worst first. */
    public void show(AuditSession newSession) {
        this.session = newSession;
        filter = FindingFilter.ALL;
        sort = FindingSort.DEFAULT;
        view.showFilter(filter);
        view.showSort(sort);
        view.showDetail(null);
        if (session.run().isEmpty()) {
            return;
        }
        long runId = session.runId();
        total = -1;
        list(-1);
        // On the lane aside: the first page of the listing must not wait for a count of every rule.
        background.runAside("reading the run's rules", () -> session.reader().findings().counts(runId),
                counts -> view.showRules(counts.stream().map(FindingCount::rule).distinct().sorted().toList()),
                error -> background.report("reading the run's rules", error));
    }

    public FindingFilter filter() {
        return filter;
    }

    /** Lists the findings a filter lets through (from the filter bar or a chart click). */
    public void filter(FindingFilter newFilter) {
        filter(newFilter, -1);
    }

    private void filter(FindingFilter newFilter, int selectRow) {
        this.filter = newFilter;
        view.showFilter(newFilter);
        list(selectRow);
    }

    /** A header click: {@code column} one of the store's sort keys, or {@code null} for worst first. */
    public void sort(String column, boolean ascending) {
        this.sort = column == null ? FindingSort.DEFAULT : new FindingSort(column, ascending);
        view.showSort(sort);
        list(-1);
    }

    /** Shows this finding alone in the listing, selected (a link from the data browser). */
    public void reveal(Finding finding) {
        filter(FindingFilter.rule(finding.rule()).withText(finding.key()).withSnapshot(finding.snapshot()), 0);
    }

    private void list(int selectRow) {
        if (session == null || session.run().isEmpty()) {
            return;
        }
        long runId = session.runId();
        FindingFilter asked = filter;
        FindingSort order = sort;
        Prepared ready = prepared;
        if (asked.equals(FindingFilter.ALL) && order.equals(FindingSort.DEFAULT) && ready != null
                && ready.session() == session && ready.runId() == runId) {
            show(new Listing(ready.rows(), ready.rows().size()), asked, order, selectRow);
            return;
        }
        long known = total;
        background.run("listing findings", () -> {
            RowIndex rows = session.workspace().findingIndex().index(runId, asked, order);
            long all = known >= 0 ? known : asked.equals(FindingFilter.ALL) ? rows.size()
                    : session.workspace().findings().count(runId);
            return new Listing(rows, all);
        }, listing -> show(listing, asked, order, selectRow));
    }

    private void show(Listing listing, FindingFilter asked, FindingSort order, int selectRow) {
        total = listing.total();
        if (asked != filter || order != sort) {
            return;
        }
        RowIndex rows = listing.rows();
        AuditSession listed = session;
        view.showFindings((offset, limit) -> listed.workspace().findingIndex().findings(rows.slice((int) offset,
                (int) offset + limit)), rows.size(), listing.total());
        view.selectRow(rows.size() > 0 ? selectRow : -1);
        if (selectRow < 0 || rows.size() == 0) {
            view.showDetail(null);
        }
    }

    /** The findings the filter lets through, in order, and how many the run has. */
    private record Listing(RowIndex rows, long total) {
    }

    /** A row was selected: the detail pane loads the record pre and post. */
    public void select(Finding finding) {
        if (finding == null) {
            view.showDetail(null);
            return;
        }
        background.run("reading the finding's record", () -> detail(session.workspace(), session.catalogue(), finding),
                view::showDetail);
    }

    static FindingDetail detail(Workspace ws, RunCatalogue catalogue, Finding finding) {
        RuleInfo rule = catalogue.find(finding.rule()).orElse(null);
        List<ValueRow> values = new ArrayList<>();
        for (Map.Entry<String, FindingValue> v : finding.values().entrySet()) {
            values.add(new ValueRow(v.getKey(), v.getValue().pre(), v.getValue().post(), true));
        }
        if (finding.table() == null || finding.rule().startsWith("DUP-") || finding.key().equals(finding.table().id())) {
            return new FindingDetail(finding, rule, values, List.of(), "");
        }
        Optional<BrowsedRow> pre = first(ws, Snapshot.PRE, finding);
        Optional<BrowsedRow> post = first(ws, Snapshot.POST, finding);
        List<ValueRow> record = pre.isEmpty() && post.isEmpty() ? List.of()
                : RecordComparison.of(finding.table(), pre.orElse(null), post.orElse(null), finding.values().keySet());
        return new FindingDetail(finding, rule, values, record, located(pre, post));
    }

    private static Optional<BrowsedRow> first(Workspace ws, Snapshot snapshot, Finding finding) {
        List<Long> ids = ws.records().find(snapshot, finding.table(), finding.key(), 1);
        return ids.isEmpty() ? Optional.empty()
                : ws.browse(snapshot, finding.table()).rows(new long[] {ids.get(0)}).stream().findFirst();
    }

    private static String located(Optional<BrowsedRow> pre, Optional<BrowsedRow> post) {
        return "Pre: " + pre.map(r -> r.file() + ", line " + r.line()).orElse("no record with this key")
                + " · Post: " + post.map(r -> r.file() + ", line " + r.line()).orElse("no record with this key");
    }

    public void showRecord(Finding finding) {
        if (finding != null && finding.table() != null && finding.snapshot() != null) {
            navigator.showRecord(finding.snapshot(), finding.table(), finding.key());
        }
    }

    public void showGroup(Finding finding) {
        if (finding != null && finding.rule().startsWith("DUP-")) {
            navigator.showDuplicateGroup(finding);
        }
    }

    /** Asks for a reason and keeps the waiver: this run's finding is marked now, later runs apply it. */
    public void waive(Finding finding, int row) {
        if (finding == null) {
            return;
        }
        Optional<WaiverInput> input = view.askWaiver(finding, System.getProperty("user.name", ""));
        if (input.isEmpty()) {
            return;
        }
        WaiverInput w = input.get();
        if (w.reason().isBlank() || w.who().isBlank() || w.until() == null) {
            view.showMessage("A waiver needs a reason, a name and a date until which it holds.");
            return;
        }
        if (w.until().isBefore(LocalDate.now())) {
            view.showMessage("The date " + w.until() + " has passed: the waiver would not apply.");
            return;
        }
        StoredWaiver waiver = new StoredWaiver(finding.rule(), finding.key(), w.reason().strip(), w.who().strip(), w.until());
        String note = new Waivers(List.of(new Waivers.Waiver(waiver.rule(), waiver.key(), waiver.reason(), waiver.who(),
                waiver.until())), LocalDate.now()).apply(finding).waiverNote();
        long runId = session.runId();
        background.run("saving the waiver", () -> {
            session.workspace().waivers().waive(runId, waiver, note);
            return null;
        }, done -> changed(finding.waive(note), row));
    }

    public void unwaive(Finding finding, int row) {
        if (finding == null || !finding.waived()) {
            return;
        }
        long runId = session.runId();
        background.run("removing the waiver", () -> {
            session.workspace().waivers().unwaive(runId, finding.rule(), finding.key());
            return null;
        }, done -> changed(new Finding(finding.rule(), finding.severity(), finding.table(), finding.snapshot(),
                finding.key(), finding.message(), finding.values(), finding.remediation(), false, null), row));
    }

    /** The listing reloads at the same place; the detail and the dashboard follow. */
    private void changed(Finding now, int row) {
        list(row);
        select(now);
        navigator.findingsChanged();
    }
}
