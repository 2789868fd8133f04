package dev.p2caudit.ui;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.session.Navigator;
import java.util.ArrayList;
import java.util.List;

/** Remembers where screens sent the user. */
public final class RecordingNavigator implements Navigator {

    public final List<String> calls = new ArrayList<>();
    public FindingFilter filter;
    public Finding finding;

    @Override
    public void showFindings(FindingFilter f) {
        filter = f;
        calls.add("findings");
    }

    @Override
    public void showFinding(Finding f) {
        finding = f;
        calls.add("finding " + f.rule() + " " + f.key());
    }

    @Override
    public void showRecord(Snapshot snapshot, TableKind table, String key) {
        calls.add("record " + snapshot.id() + " " + table.id() + " " + key);
    }

    @Override
    public void showDuplicateGroup(Finding group) {
        calls.add("group " + group.key());
    }

    @Override
    public void findingsChanged() {
        calls.add("changed");
    }

    @Override
    public void rerun() {
        calls.add("rerun");
    }
}
