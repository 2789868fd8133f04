package dev.p2caudit.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ui.session.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartPresenterTest {

    @TempDir
    Path dir;
    private List<StartView.Recent> shown = List.of();
    private final List<String> asked = new ArrayList<>();

    @Test
    void recentWorkspacesSayWhetherTheyAreStillThereAndOpenOnRequest() throws Exception {
        UserSettings settings = UserSettings.load(dir.resolve("s.properties"));
        Path gone = dir.resolve("gone.mv.db");
        Path there = Files.writeString(dir.resolve("there.mv.db"), "");
        settings.opened(gone);
        settings.opened(there);
        StartPresenter presenter = presenter(settings);

        presenter.show();
        presenter.open(shown.get(0));
        presenter.forget(gone);

        assertThat(shown).containsExactly(new StartView.Recent(there, true));
        assertThat(asked).containsExactly("open " + there);
        assertThat(UserSettings.load(dir.resolve("s.properties")).recent()).containsExactly(there);
    }

    @Test
    void theButtonsAskTheApp() {
        StartPresenter presenter = presenter(UserSettings.load(dir.resolve("s.properties")));

        presenter.newAudit();
        presenter.openOther();
        presenter.trySample();
        presenter.open(null);

        assertThat(asked).containsExactly("new", "choose", "sample");
    }

    private StartPresenter presenter(UserSettings settings) {
        return new StartPresenter(list -> shown = list, settings, Background.direct(), new StartActions() {
            @Override
            public void newAudit() {
                asked.add("new");
            }

            @Override
            public void openWorkspace() {
                asked.add("choose");
            }

            @Override
            public void openWorkspace(Path file) {
                asked.add("open " + file);
            }

            @Override
            public void trySample() {
                asked.add("sample");
            }
        });
    }
}
