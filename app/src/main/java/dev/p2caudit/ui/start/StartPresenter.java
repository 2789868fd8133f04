package dev.p2caudit.ui.start;

import dev.p2caudit.ui.session.Background;
import java.nio.file.Files;
import java.nio.file.Path;

/** The start screen: the recent workspaces (checked on disk in the background) and the ways in. */
public final class StartPresenter {

    private final StartView view;
    private final UserSettings settings;
    private final Background background;
    private final StartActions actions;

    public StartPresenter(StartView view, UserSettings settings, Background background, StartActions actions) {
        this.view = view;
        this.settings = settings;
        this.background = background;
        this.actions = actions;
    }

    public void show() {
        background.run("listing recent workspaces", () -> settings.recent().stream()
                .map(p -> new StartView.Recent(p, Files.isRegularFile(p))).toList(), view::showRecent);
    }

    public void open(StartView.Recent recent) {
        if (recent != null) {
            actions.openWorkspace(recent.file());
        }
    }

    public void newAudit() {
        actions.newAudit();
    }

    public void openOther() {
        actions.openWorkspace();
    }

    public void trySample() {
        actions.trySample();
    }

    /** Removes a workspace that is gone from the list. */
    public void forget(Path file) {
        settings.forget(file);
        background.run("saving settings", () -> {
            settings.save();
            return null;
        }, done -> show());
    }
}
