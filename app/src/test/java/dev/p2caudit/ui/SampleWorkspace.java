package dev.p2caudit.ui;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.Waivers;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * sample-data imported and audited once per test JVM; each test gets its own copy of the files,
 * so waivers and re-runs never leak between tests.
 */
public final class SampleWorkspace {

    private static Path master;
    private static Path masterData;

    private SampleWorkspace() {
    }

    /** A fresh copy in {@code dir}, opened as the app opens it. */
    public static AuditSession copyInto(Path dir) {
        Path copy = dir.resolve("sample" + Workspace.SUFFIX);
        try {
            Files.copy(master(), copy, StandardCopyOption.REPLACE_EXISTING);
            // the imported rows live in the analytic store beside it
            Files.copy(masterData, dir.resolve("sample.duckdb"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuditSession.open(copy);
    }

    private static synchronized Path master() throws IOException {
        if (master == null) {
            Path dir = Files.createTempDirectory("p2c-ui-sample-");
            dir.toFile().deleteOnExit();
            try (Workspace ws = Workspace.open(dir.resolve("master"))) {
                new InputImporter().importExactly(ws, Map.of(
                        Snapshot.PRE, InputFiles.expand(List.of(Path.of("sample-data/pre"))),
                        Snapshot.POST, InputFiles.expand(List.of(Path.of("sample-data/post")))), f -> null,
                        ProgressListener.NONE);
                new AuditEngine("test").run(ws, AuditProfile.defaults(), Waivers.none(), ProgressListener.NONE);
                master = ws.file();
                masterData = ws.dataFile();
            }
        }
        return master;
    }
}
