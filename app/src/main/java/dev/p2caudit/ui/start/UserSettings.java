package dev.p2caudit.ui.start;

import dev.p2caudit.ui.session.Threads;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the app remembers for the user between runs: the theme, the recent workspaces, the last
 * folder. A properties file ({@code ~/.p2c-audit/desktop.properties}, or the path in the system
 * property {@code p2caudit.settings}); read once at start, written in the background.
 */
public final class UserSettings {

    public static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values;

    private UserSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** The user's settings file. */
    public static Path defaultFile() {
        String override = System.getProperty("p2caudit.settings");
        return override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".p2c-audit", "desktop.properties");
    }

    /** Reads the settings; a missing or unreadable file gives the defaults. */
    public static UserSettings load(Path file) {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
        return new UserSettings(file, values);
    }

    public synchronized boolean dark() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public synchronized void setDark(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** Recent workspaces, most recent first. */
    public synchronized List<Path> recent() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String path = values.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(Path.of(path));
            }
        }
        return recent;
    }

    /** Puts a workspace at the top of the recent list. */
    public synchronized void opened(Path workspace) {
        List<Path> recent = new ArrayList<>(recent());
        recent.remove(workspace);
        recent.add(0, workspace);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    public synchronized void forget(Path workspace) {
        List<Path> recent = new ArrayList<>(recent());
        recent.remove(workspace);
        values.stringPropertyNames().stream().filter(k -> k.startsWith("recent.")).toList().forEach(values::remove);
        for (int i = 0; i < recent.size(); i++) {
            values.setProperty("recent." + i, recent.get(i).toString());
        }
    }

    /** The folder the last file chooser ended in, or the home folder. */
    public synchronized Path lastFolder() {
        return Path.of(values.getProperty("folder.last", System.getProperty("user.home")));
    }

    public synchronized void setLastFolder(Path folder) {
        values.setProperty("folder.last", folder.toString());
    }

    /** Writes the file: call from the background. */
    public synchronized void save() {
        Threads.requireBackground();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "P2C Auditor desktop settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file, e);
        }
    }
}
