package dev.p2caudit.ingest;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A fresh workspace to import fixtures into, and a way to read the rows back. */
final class ImportHarness implements AutoCloseable {

    final Workspace workspace;
    private final FileImporter importer = new FileImporter();

    ImportHarness(Path dir) {
        this.workspace = Workspace.open(dir.resolve("test-workspace"));
    }

    static Path fixture(String name) {
        URL url = ImportHarness.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    FileImporter.Outcome load(String fixture) {
        return load(fixture(fixture), Snapshot.PRE, null);
    }

    FileImporter.Outcome load(Path file, Snapshot snapshot, TableKind named) {
        return importer.importFile(workspace, file, snapshot, named);
    }

    List<Map<String, Object>> rows(Snapshot snapshot, TableKind table) {
        return workspace.rows(snapshot, table).page(0, 100_000);
    }

    List<Map<String, Object>> rows(TableKind table) {
        return rows(Snapshot.PRE, table);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
