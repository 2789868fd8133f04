package dev.p2caudit.ui.session;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;

/** How one screen sends the user to another: the links between dashboard, findings, data, duplicates. */
public interface Navigator {

    /** The findings screen, filtered. */
    void showFindings(FindingFilter filter);

    /** The findings screen with this finding selected. */
    void showFinding(Finding finding);

    /** The data browser on the record with this key. */
    void showRecord(Snapshot snapshot, TableKind table, String key);

    /** The duplicates screen on this group. */
    void showDuplicateGroup(Finding group);

    /** Waivers changed the run's counts: screens that show counts reload. */
    void findingsChanged();

    /** A new run with the current rules and waivers. */
    void rerun();
}
