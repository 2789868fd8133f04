package dev.p2caudit.ui.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.RecordingNavigator;
import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample run holds the engine's own duplicate groups; each test adds one more with values it
 * controls (key = members joined by +, as the engine stores them) under a rule and snapshot where
 * the engine found no group of these two accounts, and picks that one out.
 */
class DuplicatesPresenterTest {

    private static final String CONTOSO = "ACC-01000-AHNINT";
    private static final String FABRIKAM = "ACC-01001-AHNUGI";

    @TempDir
    Path dir;
    private AuditSession session;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private List<DuplicateGroup> groups;
    private DuplicateGroup shownGroup;
    private MemberTable members;
    private int selected = -1;
    private DuplicatesPresenter presenter;

    @BeforeEach
    void aRunWithADuplicateGroup() {
        session = SampleWorkspace.copyInto(dir);
        session.workspace().findings().add(session.runId(), List.of(group(Map.of("country",
                FindingValue.post("united states")))));
        presenter = new DuplicatesPresenter(new DuplicatesView() {
            @Override
            public void showGroups(List<DuplicateGroup> list) {
                groups = list;
            }

            @Override
            public void selectGroup(int index) {
                selected = index;
            }

            @Override
            public void showMembers(DuplicateGroup group, MemberTable table) {
                shownGroup = group;
                members = table;
            }
        }, Background.direct(), navigator);
        presenter.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void groupsComeFromTheDupFindingsAndTheirMembersFromTheWorkspace() {
        assertThat(groups).as("the engine's groups of the sample and the one added").hasSizeGreaterThan(1)
                .allSatisfy(g -> assertThat(g.rule()).startsWith("DUP-"));
        DuplicateGroup added = added("DUP-ACC-PHONE", Snapshot.POST);
        assertThat(added.members()).containsExactly(CONTOSO, FABRIKAM);

        presenter.select(added);

        assertThat(shownGroup).isEqualTo(added);
        assertThat(members.members()).containsExactly(CONTOSO, FABRIKAM);
        assertThat(members.found()).containsExactly(true, true);
        MemberTable.Row country = members.rows().stream().filter(r -> r.column().equals("country")).findFirst().orElseThrow();
        assertThat(country.triggered()).isTrue();
        assertThat(country.matched()).containsExactly(true, true);
        MemberTable.Row name = members.rows().stream().filter(r -> r.column().equals("name")).findFirst().orElseThrow();
        assertThat(name.values()).containsExactly("Contoso Ltd", "Fabrikam Inc");
        assertThat(name.matched()).containsExactly(false, false);
        MemberTable.Row company = members.rows().stream().filter(r -> r.column().equals("company")).findFirst().orElseThrow();
        assertThat(company.values()).containsExactly("USMF", "USMF");
        assertThat(company.matched()).as("shared, but not what the rule compared").containsExactly(false, false);
        assertThat(members.why()).startsWith("the most complete record");
    }

    @Test
    void aSurvivorTheRuleNamesWins() {
        java.util.Map<String, FindingValue> values = new java.util.LinkedHashMap<>();
        values.put("matched", FindingValue.post("email = info@contoso.com"));
        values.put("survivor", FindingValue.post(FABRIKAM));
        values.put("survivor_reason", FindingValue.post("the most complete record"));
        values.put("new_in_post", FindingValue.post("yes"));
        session.workspace().findings().add(session.runId(), List.of(new Finding("DUP-ACC-EMAIL", Severity.WARNING,
                TableKind.ACCOUNT, Snapshot.POST, CONTOSO + "+" + FABRIKAM, "same e-mail", values, "merge", false, null)));
        presenter.show(session);
        DuplicateGroup added = added("DUP-ACC-EMAIL", Snapshot.POST);

        presenter.select(added);

        assertThat(members.survivor()).isEqualTo(1);
        assertThat(members.why()).isEqualTo("the most complete record (the duplicate rule's suggestion)");
        assertThat(added.why()).isEqualTo("matched: email = info@contoso.com · new in post");
    }

    @Test
    void aLinkFromTheFindingsSelectsTheGroupAndTheSurvivorLinkOpensTheBrowser() {
        DuplicateGroup added = added("DUP-ACC-PHONE", Snapshot.POST);
        presenter.reveal(added.finding());
        presenter.showMember(added, FABRIKAM);
        presenter.showFinding(added);

        assertThat(selected).isEqualTo(groups.indexOf(added));
        assertThat(navigator.calls).containsExactly("record post account " + FABRIKAM,
                "finding DUP-ACC-PHONE " + CONTOSO + "+" + FABRIKAM);
    }

    /** The group a test added: the engine found none of that rule and snapshot with these two members. */
    private DuplicateGroup added(String rule, Snapshot snapshot) {
        return groups.stream().filter(g -> g.rule().equals(rule) && g.finding().snapshot() == snapshot
                && g.finding().key().equals(CONTOSO + "+" + FABRIKAM)).findFirst().orElseThrow();
    }

    private static Finding group(Map<String, FindingValue> values) {
        return new Finding("DUP-ACC-PHONE", Severity.WARNING, TableKind.ACCOUNT, Snapshot.POST, CONTOSO + "+" + FABRIKAM,
                "same name", values, "merge them", false, null);
    }
}
