package dev.p2caudit.ui;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.ui.browser.BrowserPresenter;
import dev.p2caudit.ui.browser.BrowserView;
import dev.p2caudit.ui.duplicates.DuplicatesPresenter;
import dev.p2caudit.ui.duplicates.DuplicatesView;
import dev.p2caudit.ui.export.ExportPresenter;
import dev.p2caudit.ui.export.ExportView;
import dev.p2caudit.ui.findings.FindingsPresenter;
import dev.p2caudit.ui.findings.FindingsView;
import dev.p2caudit.ui.newaudit.NewAuditPresenter;
import dev.p2caudit.ui.newaudit.NewAuditView;
import dev.p2caudit.ui.overview.OverviewPresenter;
import dev.p2caudit.ui.overview.OverviewView;
import dev.p2caudit.ui.rules.RulesPresenter;
import dev.p2caudit.ui.rules.RulesView;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.run.RunPresenter;
import dev.p2caudit.ui.run.RunView;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.start.StartPresenter;
import dev.p2caudit.ui.start.StartView;
import dev.p2caudit.ui.start.UserSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The app presenter with every real screen presenter behind views that only note their calls. */
class MainPresenterTest {

    @TempDir
    Path dir;
    private final List<String> calls = new ArrayList<>();
    private final UserSettingsHolder settings = new UserSettingsHolder();
    private MainPresenter app;

    @BeforeEach
    void build() {
        Background background = Background.direct();
        app = new MainPresenter(Fakes.view(MainView.class, calls), background, settings.of(dir), dir.resolve("sample"));
        app.attach(new Screens(
                new StartPresenter(Fakes.view(StartView.class, calls), settings.of(dir), background, app),
                new NewAuditPresenter(Fakes.view(NewAuditView.class, calls), background, app),
                new RunPresenter(Fakes.view(RunView.class, calls), background, new AuditJob("test"), app),
                new OverviewPresenter(Fakes.view(OverviewView.class, calls), background, app),
                new FindingsPresenter(Fakes.view(FindingsView.class, calls), background, app),
                new BrowserPresenter(Fakes.view(BrowserView.class, calls), background, app),
                new DuplicatesPresenter(Fakes.view(DuplicatesView.class, calls), background, app),
                new RulesPresenter(Fakes.view(RulesView.class, calls), background, app),
                new ExportPresenter(Fakes.view(ExportView.class, calls), background, () -> app.session().orElse(null),
                        file -> { })));
    }

    @AfterEach
    void close() {
        app.session().ifPresent(AuditSession::close);
    }

    @Test
    void aWorkspaceWithARunOpensOnTheDashboardAndLoadsNothingElse() {
        Path file = sampleCopy();
        calls.clear();

        app.openWorkspace(file);

        assertThat(calls).contains("MainView.showAudit", "OverviewView.showSummary", "OverviewView.showCharts")
                .doesNotContain("FindingsView.showFindings", "BrowserView.showTables", "RulesView.showRules");
        assertThat(app.tab()).isEqualTo(Tab.OVERVIEW);
        assertThat(settings.of(dir).recent()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aChartClickOpensTheFindingsFilteredAndAWaiverReloadsTheDashboardNextTime() {
        app.openWorkspace(sampleCopy());
        FindingFilter errors = FindingFilter.ALL.withSeverity(Severity.ERROR);

        app.showFindings(errors);

        assertThat(app.tab()).isEqualTo(Tab.FINDINGS);
        assertThat(app.screens().findings().filter()).isEqualTo(errors);
        calls.clear();
        app.showTab(Tab.OVERVIEW);
        assertThat(calls).doesNotContain("OverviewView.showSummary");
        app.findingsChanged();
        app.showTab(Tab.OVERVIEW);
        assertThat(calls).contains("OverviewView.showSummary");
    }

    @Test
    void aNewAuditImportsIntoItsWorkspaceAndOpensTheResults() {
        app.importAndAudit(new AuditJob.Inputs(java.util.Map.of(dev.p2caudit.model.Snapshot.PRE,
                List.of(Path.of("sample-data/pre/Quotes.csv"))), java.util.Map.of()), dir.resolve("new"));

        assertThat(calls).containsSubsequence("MainView.showRun", "RunView.showStarted", "RunView.showFiles",
                "RunView.showFinished", "MainView.showAudit");
        assertThat(app.session().orElseThrow().file()).isEqualTo(dir.resolve("new.mv.db").toAbsolutePath());
        long first = app.session().orElseThrow().runId();

        app.rerun();

        assertThat(app.session().orElseThrow().runId()).isGreaterThan(first);
    }

    @Test
    void theSampleDataIsFoundInTheWorkingFolder() {
        app.trySample();

        assertThat(app.session().orElseThrow().file()).isEqualTo(dir.resolve("sample.mv.db").toAbsolutePath());
        assertThat(app.session().orElseThrow().run()).isPresent();
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithAMessage() throws Exception {
        Path notOne = Files.writeString(dir.resolve("notes.mv.db"), "hello");

        app.openWorkspace(notOne);

        assertThat(calls).containsSubsequence("MainView.showError", "MainView.showStart");
        assertThat(app.session()).isEmpty();
    }

    @Test
    void closingAndExitingCloseTheWorkspaceAndSaveTheSettings() {
        app.openWorkspace(sampleCopy());

        app.closeWorkspace();
        assertThat(app.session()).isEmpty();
        assertThat(calls.get(calls.size() - 1)).isIn("StartView.showRecent", "MainView.enableActions");

        app.toggleTheme();
        app.exit();
        assertThat(calls).contains("MainView.applyTheme", "MainView.dispose");
        assertThat(UserSettings.load(dir.resolve("desktop.properties")).dark()).isTrue();
    }

    private Path sampleCopy() {
        AuditSession copy = SampleWorkspace.copyInto(dir);
        Path file = copy.file();
        copy.close();
        return file;
    }

    /** One settings object per test, kept in the test's folder. */
    private static final class UserSettingsHolder {
        private UserSettings settings;

        UserSettings of(Path dir) {
            if (settings == null) {
                settings = UserSettings.load(dir.resolve("desktop.properties"));
            }
            return settings;
        }
    }
}
