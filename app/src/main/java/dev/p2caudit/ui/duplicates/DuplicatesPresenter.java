package dev.p2caudit.ui.duplicates;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.store.FindingCount;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The duplicates screen, built from the DUP- findings alone: each group's members are read from
 * the workspace by key and laid side by side, the values they share marked, a survivor suggested.
 */
public final class DuplicatesPresenter {

    private final DuplicatesView view;
    private final Background background;
    private final Navigator navigator;
    private AuditSession session;
    private List<DuplicateGroup> groups = List.of();
    private Finding pendingReveal;

    public DuplicatesPresenter(DuplicatesView view, Background background, Navigator navigator) {
        this.view = view;
        this.background = background;
        this.navigator = navigator;
    }

    public void show(AuditSession newSession) {
        this.session = newSession;
        if (session.run().isEmpty()) {
            return;
        }
        long runId = session.runId();
        background.run("reading duplicate groups", () -> groups(session.workspace(), runId), found -> {
            groups = found;
            view.showGroups(found);
            if (pendingReveal != null) {
                reveal(pendingReveal);
            } else {
                view.showMembers(null, null);
            }
        });
    }

    static List<DuplicateGroup> groups(Workspace ws, long runId) {
        List<DuplicateGroup> groups = new ArrayList<>();
        List<String> rules = ws.findings().counts(runId).stream().map(FindingCount::rule)
                .filter(r -> r.startsWith("DUP-")).distinct().sorted().toList();
        for (String rule : rules) {
            ws.findings().forEach(runId, FindingFilter.rule(rule), f -> groups.add(new DuplicateGroup(f)));
        }
        return groups;
    }

    public List<DuplicateGroup> groups() {
        return groups;
    }

    /** Selects the group of this finding (a link from the findings screen). */
    public void reveal(Finding finding) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).finding().equals(finding)) {
                pendingReveal = null;
                view.selectGroup(i);
                return;
            }
        }
        pendingReveal = groups.isEmpty() ? finding : null;
    }

    public void select(DuplicateGroup group) {
        if (group == null || group.finding().table() == null || group.finding().snapshot() == null) {
            view.showMembers(group, null);
            return;
        }
        background.run("reading the group's members", () -> members(session.workspace(), group),
                table -> view.showMembers(group, table));
    }

    static MemberTable members(Workspace ws, DuplicateGroup group) {
        var f = group.finding();
        List<Optional<BrowsedRow>> records = new ArrayList<>();
        for (String member : group.members()) {
            List<Long> ids = ws.records().find(f.snapshot(), f.table(), member, 1);
            records.add(ids.isEmpty() ? Optional.empty()
                    : ws.browse(f.snapshot(), f.table()).rows(new long[] {ids.get(0)}).stream().findFirst());
        }
        return MemberComparison.of(group, f.table(), records);
    }

    public void showFinding(DuplicateGroup group) {
        if (group != null) {
            navigator.showFinding(group.finding());
        }
    }

    public void showMember(DuplicateGroup group, String memberKey) {
        if (group != null && memberKey != null) {
            navigator.showRecord(group.finding().snapshot(), group.finding().table(), memberKey);
        }
    }
}
