package dev.p2caudit.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.checks.AuditService;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.ui.CustomRulesWorkspace;
import dev.p2caudit.ui.RecordingNavigator;
import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesPresenterTest {

    @TempDir
    Path dir;
    private AuditSession session;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private List<RuleRow> rules;
    private Map<String, String> parameters;
    private String status;
    private boolean error;
    private RulesPresenter presenter;

    @BeforeEach
    void open() {
        session = SampleWorkspace.copyInto(dir);
        presenter = new RulesPresenter(new RulesView() {
            @Override
            public void showRules(List<RuleRow> list) {
                rules = list;
            }

            @Override
            public void showParameters(Map<String, String> values, Map<String, String> defaults) {
                parameters = values;
            }

            @Override
            public void showStatus(String message, boolean isError) {
                status = message;
                error = isError;
            }
        }, Background.direct(), navigator);
        presenter.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aNewWorkspaceShowsTheCatalogueDefaults() {
        assertThat(rules).hasSizeGreaterThan(50).allMatch(r -> r.enabled() && !r.customised());
        assertThat(parameters).containsEntry("moneyTolerance", "0.005").containsEntry("defaultCustomerGroup", "10");
    }

    @Test
    void choicesAreSavedWithTheWorkspaceAndShownAgain() {
        presenter.setEnabled("ACC-CUSTOMER-IDLE", false);
        presenter.setSeverity("ORD-COUNTRY", Severity.ERROR);
        presenter.setSeverity("ORD-TYPE", Severity.ERROR);
        presenter.setParameter("expectedCompanies", "USMF,DEMF");
        presenter.setParameter("moneyTolerance", "0.005");

        presenter.save();

        assertThat(error).isFalse();
        assertThat(status).contains("1 rule(s) off, 1 severity change(s), 1 parameter(s) changed");
        ProfileDocument stored = ProfileDocument.parse(session.workspace().settings().get(AuditSettings.PROFILE).orElseThrow());
        assertThat(stored).isEqualTo(new ProfileDocument(Map.of("expectedCompanies", "USMF,DEMF"), java.util.Set.of(
                "ACC-CUSTOMER-IDLE"), Map.of("ORD-COUNTRY", Severity.ERROR)));
        presenter.show(session);
        assertThat(rules).filteredOn(RuleRow::customised).extracting(r -> r.rule().id())
                .containsExactlyInAnyOrder("ACC-CUSTOMER-IDLE", "ORD-COUNTRY");
    }

    @Test
    void aBadParameterIsRefusedWithTheEnginesReasonAndNothingIsKept() {
        presenter.setParameter("moneyTolerance", "a cent");

        presenter.save();

        assertThat(error).isTrue();
        assertThat(status).startsWith("Not saved:").doesNotContain("p2c-rules-");
        assertThat(session.workspace().settings().get(AuditSettings.PROFILE)).isEmpty();
    }

    @Test
    void theNextRunUsesTheSavedRules() throws Exception {
        presenter.setEnabled("ORD-TYPE", false);
        presenter.setSeverity("ORD-COUNTRY", Severity.ERROR);
        presenter.saveAndRerun();
        assertThat(navigator.calls).containsExactly("rerun");

        AuditJob.Outcome outcome = new AuditJob("test").rerun(session, (task, done, total) -> { });

        long runId = outcome.run().id();
        assertThat(session.workspace().findings().count(runId, FindingFilter.rule("ORD-TYPE"))).isZero();
        assertThat(session.workspace().findings().count(runId, FindingFilter.rule("ORD-COUNTRY").withSeverity(Severity.WARNING)))
                .isZero();
        assertThat(session.workspace().findings().count(runId, FindingFilter.rule("ORD-COUNTRY"))).isPositive();
        assertThat(outcome.run().profile()).isEqualTo(AuditService.STORED_PROFILE);
        assertThat(outcome.run().parameters()).containsEntry("disabled", "ORD-TYPE");
    }

    @Test
    void theRulesOfAWorkspaceAuditedWithItsOwnDuplicateRulesAreListedAndMayBeSwitchedOff() throws Exception {
        session.close();
        session = CustomRulesWorkspace.create(dir.resolve("custom"));
        presenter.show(session);
        RuleRow city = rules.stream().filter(r -> r.rule().id().equals(CustomRulesWorkspace.RULE)).findFirst().orElseThrow();
        assertThat(city.rule().title()).isEqualTo(CustomRulesWorkspace.TITLE);
        assertThat(rules).noneMatch(r -> r.rule().id().equals("DUP-ACC-NAME"));

        presenter.setEnabled(CustomRulesWorkspace.RULE, false);
        presenter.save();

        assertThat(error).as(status).isFalse();
        assertThat(session.workspace().settings().get(AuditSettings.PROFILE).orElseThrow())
                .contains(CustomRulesWorkspace.RULE);
        AuditJob.Outcome rerun = new AuditJob("test").rerun(session, (task, done, total) -> { });
        assertThat(rerun.run().parameters()).containsEntry("disabled", CustomRulesWorkspace.RULE);
        assertThat(rerun.run().rulesetVersion()).contains("+dup-");
    }

    @Test
    void resetToDefaultsForgetsEveryChoice() {
        presenter.setEnabled("ORD-TYPE", false);
        presenter.save();

        presenter.resetToDefaults();
        presenter.save();

        assertThat(presenter.document().isDefault()).isTrue();
        assertThat(session.workspace().settings().get(AuditSettings.PROFILE)).isEmpty();
    }
}
