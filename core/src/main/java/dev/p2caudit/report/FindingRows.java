package dev.p2caudit.report;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.store.FindingSort;
import dev.p2caudit.store.FindingStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The findings of one rule as report rows, read from the workspace a page at a time while the
 * template writes them: a rule with 50,000 findings never sits in memory.
 */
final class FindingRows implements Iterable<ReportView.Row> {

    private static final int FETCH = 2_000;

    private final FindingStore store;
    private final long runId;
    private final FindingFilter filter;

    FindingRows(FindingStore store, long runId, FindingFilter filter) {
        this.store = store;
        this.runId = runId;
        this.filter = filter;
    }

    @Override
    public Iterator<ReportView.Row> iterator() {
        return new Iterator<>() {
            private List<Finding> page = List.of();
            private int inPage;
            private long offset;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (inPage < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                page = store.page(runId, filter, FindingSort.DEFAULT, offset, FETCH);
                exhausted = page.size() < FETCH;
                inPage = 0;
                return !page.isEmpty();
            }

            @Override
            public ReportView.Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long index = offset + inPage;
                Finding f = page.get(inPage++);
                if (inPage == page.size()) {
                    offset += page.size();
                }
                return row(f, index < HtmlReport.PAGE);
            }
        };
    }

    private static ReportView.Row row(Finding f, boolean firstPage) {
        List<ReportView.Value> values = new ArrayList<>();
        f.values().forEach((column, v) -> values.add(new ReportView.Value(column, v.pre(), v.post())));
        return new ReportView.Row(f.key(), f.snapshot() == null ? "" : f.snapshot().id(),
                f.table() == null ? "" : f.table().id(), f.message(), values, f.waived(),
                f.waiverNote() == null ? "" : f.waiverNote(), firstPage);
    }
}
