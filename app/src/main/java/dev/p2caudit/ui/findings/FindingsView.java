package dev.p2caudit.ui.findings;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.store.FindingSort;
import dev.p2caudit.ui.common.PageCache;
import java.util.List;
import java.util.Optional;

/** The findings screen. */
public interface FindingsView {

    /** The rules of the run, for the rule filter. */
    void showRules(List<String> rules);

    /** The filter in effect (a chart click sets it from outside). */
    void showFilter(FindingFilter filter);

    void showSort(FindingSort sort);

    /** A new listing: {@code shown} findings pass the filter, of {@code total} in the run. */
    void showFindings(PageCache.Source<Finding> source, long shown, long total);

    /** Selects and reveals a row of the listing; -1 clears the selection. */
    void selectRow(int row);

    /** The detail pane; {@code null}: nothing selected. */
    void showDetail(FindingDetail detail);

    Optional<WaiverInput> askWaiver(Finding finding, String suggestedWho);

    void showMessage(String message);
}
