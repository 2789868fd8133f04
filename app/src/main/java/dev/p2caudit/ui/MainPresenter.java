package dev.p2caudit.ui;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.WorkspaceInUseException;
import dev.p2caudit.ui.newaudit.NewAuditActions;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.run.RunListener;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import dev.p2caudit.ui.session.Threads;
import dev.p2caudit.ui.start.StartActions;
import dev.p2caudit.ui.start.UserSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The app: which workspace is open, which screen is up, and the links between screens. Screens
 * load lazily, when their tab is first shown for a run, so that opening a big workspace reads
 * only what is on screen.
 */
public final class MainPresenter implements StartActions, NewAuditActions, RunListener, Navigator {

    private final MainView view;
    private final Background background;
    private final UserSettings settings;
    private final Path sampleWorkspace;
    private Screens screens;
    private AuditSession session;
    private Tab tab = Tab.OVERVIEW;
    private boolean busy;
    /** The run each tab last loaded; a tab whose entry is not the current run loads when shown. */
    private final Map<Tab, Long> loaded = new EnumMap<>(Tab.class);

    public MainPresenter(MainView view, Background background, UserSettings settings, Path sampleWorkspace) {
        this.view = view;
        this.background = background;
        this.settings = settings;
        this.sampleWorkspace = sampleWorkspace;
    }

    public void attach(Screens allScreens) {
        this.screens = allScreens;
    }

    /** The first screen: the start screen, or straight into a workspace. */
    public void start(Path workspace) {
        if (workspace == null) {
            showStart();
        } else {
            openWorkspace(workspace);
        }
    }

    /** The screens' presenters (tests drive them where a robot cannot, such as a file drop). */
    public Screens screens() {
        return screens;
    }

    public Optional<AuditSession> session() {
        return Optional.ofNullable(session);
    }

    public void showStart() {
        view.showStart();
        view.showTitle("P2C Auditor");
        screens.start().show();
        actions();
    }

    @Override
    public void newAudit() {
        view.showNewAudit();
        screens.newAudit().start(null);
    }

    @Override
    public void openWorkspace() {
        view.chooseWorkspace().ifPresent(this::openWorkspace);
    }

    @Override
    public void openWorkspace(Path file) {
        switchTo(file, opened -> {
            if (opened.run().isPresent()) {
                runChanged();
                showTab(Tab.OVERVIEW);
            } else {
                view.showNewAudit();
                screens.newAudit().start(opened.file());
            }
        });
    }

    /** Imports {@code sample-data/} (from the working folder, else where the user says) into the sample workspace. */
    @Override
    public void trySample() {
        background.run("looking for sample-data", () -> sampleFolder(Path.of("sample-data")), found -> {
            if (found.isPresent()) {
                sample(found.get());
                return;
            }
            view.chooseSampleFolder().ifPresent(chosen -> background.run("looking at " + chosen,
                    () -> sampleFolder(chosen), folder -> folder.ifPresentOrElse(this::sample, () -> view.showError(
                            "Sample data", "No sample set in " + chosen + ": it needs the folders pre/ and post/."))));
        });
    }

    private void sample(Path folder) {
        importAndAudit(new AuditJob.Inputs(Map.of(Snapshot.PRE, List.of(folder.resolve("pre")), Snapshot.POST,
                List.of(folder.resolve("post"))), Map.of()), sampleWorkspace);
    }

    /** A folder with pre/ and post/; looked at in the background. */
    private static Optional<Path> sampleFolder(Path folder) {
        Threads.requireBackground();
        return Files.isDirectory(folder.resolve("pre")) && Files.isDirectory(folder.resolve("post"))
                ? Optional.of(folder.toAbsolutePath()) : Optional.empty();
    }

    @Override
    public void importAndAudit(AuditJob.Inputs inputs, Path workspace) {
        view.showRun();
        busy(true);
        Consumer<AuditSession> run = s -> screens.run().importAndAudit(s, inputs);
        if (session != null && session.file().equals(normalised(workspace))) {
            run.accept(session);
        } else {
            switchTo(workspace, run);
        }
    }

    @Override
    public void back() {
        if (session != null && session.run().isPresent()) {
            showTab(tab);
        } else {
            showStart();
        }
    }

    @Override
    public void rerun() {
        if (session == null || busy) {
            return;
        }
        view.showRun();
        busy(true);
        screens.run().rerun(session);
    }

    public void cancelRun() {
        screens.run().cancel();
    }

    @Override
    public void finished(AuditJob.Outcome outcome, boolean clean) {
        busy(false);
        runChanged();
        if (clean) {
            showTab(Tab.OVERVIEW);
        }
    }

    @Override
    public void cancelled() {
        busy(false);
    }

    @Override
    public void showResults() {
        if (session != null && session.run().isPresent()) {
            showTab(Tab.OVERVIEW);
        } else {
            view.showNewAudit();
        }
    }

    /** The run screen's way back after a cancel or a failure. */
    @Override
    public void leave() {
        busy(false);
        if (session != null && session.run().isPresent()) {
            showTab(tab);
        } else {
            view.showNewAudit();
        }
    }

    /** A tab was selected (by the user or by a link): it loads if it shows an older run. */
    public void showTab(Tab shown) {
        tab = shown;
        view.showAudit(shown);
        ensureLoaded(shown);
        actions();
    }

    private void ensureLoaded(Tab shown) {
        if (session == null || session.run().isEmpty()) {
            return;
        }
        long runId = session.runId();
        if (Long.valueOf(runId).equals(loaded.get(shown))) {
            return;
        }
        loaded.put(shown, runId);
        switch (shown) {
            case OVERVIEW -> screens.overview().show(session);
            case FINDINGS -> screens.findings().show(session);
            case DATA -> screens.browser().show(session);
            case DUPLICATES -> screens.duplicates().show(session);
            case RULES -> screens.rules().show(session);
        }
    }

    private void runChanged() {
        loaded.clear();
        // Before the dashboard queues its sums on the lane aside: the findings' default listing.
        screens.findings().prepare(session);
        view.showTitle("P2C Auditor — " + session.name() + session.run().map(r -> " (run " + r.id() + ")").orElse(""));
        actions();
    }

    @Override
    public void showFindings(FindingFilter filter) {
        showTab(Tab.FINDINGS);
        screens.findings().filter(filter);
    }

    @Override
    public void showFinding(Finding finding) {
        showTab(Tab.FINDINGS);
        screens.findings().reveal(finding);
    }

    @Override
    public void showRecord(Snapshot snapshot, TableKind table, String key) {
        showTab(Tab.DATA);
        screens.browser().showRecord(snapshot, table, key);
    }

    @Override
    public void showDuplicateGroup(Finding group) {
        showTab(Tab.DUPLICATES);
        screens.duplicates().reveal(group);
    }

    /** A waiver changed the counts: the dashboard and the groups reload when next shown. */
    @Override
    public void findingsChanged() {
        loaded.remove(Tab.OVERVIEW);
        loaded.remove(Tab.DUPLICATES);
    }

    /** Light or dark; the charts are drawn again in the new colours. */
    public void toggleTheme() {
        boolean dark = !settings.dark();
        settings.setDark(dark);
        view.applyTheme(dark);
        saveSettings();
        loaded.remove(Tab.OVERVIEW);
        if (session != null && tab == Tab.OVERVIEW) {
            ensureLoaded(Tab.OVERVIEW);
        }
    }

    public boolean dark() {
        return settings.dark();
    }

    public Tab tab() {
        return tab;
    }

    public void closeWorkspace() {
        if (busy) {
            return;
        }
        AuditSession closing = session;
        session = null;
        loaded.clear();
        background.run("closing the workspace", () -> {
            if (closing != null) {
                closing.close();
            }
            return null;
        }, done -> showStart());
    }

    /** Closes the workspace in the background, then the window. */
    public void exit() {
        screens.run().cancel();
        AuditSession closing = session;
        session = null;
        background.run("closing", () -> {
            if (closing != null) {
                closing.close();
            }
            settings.save();
            return null;
        }, done -> view.dispose(), error -> view.dispose());
    }

    private void switchTo(Path file, Consumer<AuditSession> then) {
        AuditSession closing = session;
        session = null;
        loaded.clear();
        busy(true);
        background.run("opening " + file, () -> {
            if (closing != null) {
                closing.close();
            }
            AuditSession opened = AuditSession.open(file);
            settings.opened(opened.file());
            settings.save();
            return opened;
        }, opened -> {
            session = opened;
            busy(false);
            view.showTitle("P2C Auditor — " + opened.name());
            then.accept(opened);
        }, error -> {
            busy(false);
            view.showError(error instanceof WorkspaceInUseException ? "Workspace in use" : "Cannot open the workspace",
                    error.getMessage());
            showStart();
        });
    }

    private void saveSettings() {
        background.run("saving settings", () -> {
            settings.save();
            return null;
        }, done -> { });
    }

    private void busy(boolean value) {
        busy = value;
        actions();
    }

    private void actions() {
        view.enableActions(session != null, session != null && session.run().isPresent(), busy);
    }

    private static Path normalised(Path workspace) {
        Path file = workspace.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        return name.endsWith(dev.p2caudit.store.Workspace.SUFFIX) ? file
                : file.resolveSibling(name + dev.p2caudit.store.Workspace.SUFFIX);
    }
}
