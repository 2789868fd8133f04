package dev.p2caudit.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void recentWorkspacesAreMostRecentFirstWithoutRepeatsAndAtMostEight() {
        UserSettings settings = UserSettings.load(dir.resolve("s.properties"));
        IntStream.range(0, 10).forEach(i -> settings.opened(dir.resolve("w" + i)));
        settings.opened(dir.resolve("w5"));
        settings.forget(dir.resolve("w9"));

        assertThat(settings.recent()).extracting(p -> p.getFileName().toString())
                .containsExactly("w5", "w8", "w7", "w6", "w4", "w3", "w2");
    }

    @Test
    void theThemeAndTheRecentListSurviveARestart() {
        UserSettings settings = UserSettings.load(dir.resolve("sub/s.properties"));
        settings.setDark(true);
        settings.opened(dir.resolve("audit.mv.db"));
        settings.save();

        UserSettings again = UserSettings.load(dir.resolve("sub/s.properties"));

        assertThat(again.dark()).isTrue();
        assertThat(again.recent()).containsExactly(dir.resolve("audit.mv.db"));
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws Exception {
        Path file = Files.write(dir.resolve("s.properties"), new byte[] {'a', '=', '\\', 'u', 'Z'});

        UserSettings settings = UserSettings.load(file);

        assertThat(settings.dark()).isFalse();
        assertThat(settings.recent()).isEmpty();
    }
}
