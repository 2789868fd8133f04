package dev.p2caudit.ui.session;

import dev.p2caudit.checks.RunCatalogues;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace the window shows, and the audit run on screen. The workspace is handed out only
 * off the event thread: every query goes through {@link Background}. A second connection to the
 * same file, {@link #reader()}, serves the long read-only queries of {@link Background#runAside},
 * so a dashboard summing a million rows does not hold up the findings table.
 */
public final class AuditSession implements AutoCloseable {

    private final Workspace workspace;
    private final Workspace reader;
    private volatile AuditRun run;
    /** The catalogue of the run on screen, once read. */
    private volatile RunRules catalogue;

    private record RunRules(long runId, RunCatalogue catalogue) {
    }
    private volatile boolean open = true;

    private AuditSession(Workspace workspace, Workspace reader, AuditRun run) {
        this.workspace = workspace;
        this.reader = reader;
        this.run = run;
    }

    /** Opens the workspace and picks its latest finished run (there may be none yet). */
    public static AuditSession open(Path file) {
        Threads.requireBackground();
        Workspace workspace = Workspace.open(file);
        try {
            AuditRun latest = workspace.findings().runs().stream().filter(r -> r.finishedAt() != null).findFirst()
                    .orElse(null);
            // Opened now, while nothing is being imported: opening finishes off unfinished imports.
            Workspace reader = Workspace.open(workspace.file());
            return new AuditSession(workspace, reader, latest);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    public Workspace workspace() {
        Threads.requireBackground();
        return workspace;
    }

    /** The second connection, for read-only work on the lane aside. */
    public Workspace reader() {
        Threads.requireBackground();
        return reader;
    }

    /** False once closed: late work of a closed session is not worth an error message. */
    public boolean isOpen() {
        return open;
    }

    /** The workspace file (safe on any thread: no I/O). */
    public Path file() {
        return workspace.file();
    }

    /** The name shown in the title bar: the file name without H2's suffix. */
    public String name() {
        String name = file().getFileName().toString();
        return name.endsWith(Workspace.SUFFIX) ? name.substring(0, name.length() - Workspace.SUFFIX.length()) : name;
    }

    public Optional<AuditRun> run() {
        return Optional.ofNullable(run);
    }

    /** The run's id; screens ask only once a run exists. */
    public long runId() {
        AuditRun current = run;
        if (current == null) {
            throw new IllegalStateException("no audit run in " + file());
        }
        return current.id();
    }

    public void showRun(AuditRun newRun) {
        this.run = newRun;
    }

    /**
     * The catalogue of the run on screen — its rules' titles and texts, the organisation's
     * duplicate rules among them — read once per run; {@code null} while there is no run.
     */
    public RunCatalogue catalogue() {
        Threads.requireBackground();
        AuditRun current = run;
        if (current == null) {
            return null;
        }
        RunRules known = catalogue;
        if (known == null || known.runId() != current.id()) {
            known = new RunRules(current.id(), RunCatalogues.of(workspace, current));
            catalogue = known;
        }
        return known.catalogue();
    }

    @Override
    public void close() {
        Threads.requireBackground();
        open = false;
        try {
            reader.close();
        } finally {
            workspace.close();
        }
    }
}
