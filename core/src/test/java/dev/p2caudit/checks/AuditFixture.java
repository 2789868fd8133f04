package dev.p2caudit.checks;

import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tiny exports written inline, imported for real, audited for real. The file name names the
 * table, as in a real export ({@code Account.csv}).
 */
final class AuditFixture {

    private final Path dir;
    private final Map<Snapshot, List<Path>> files = new EnumMap<>(Snapshot.class);
    private AuditProfile profile = AuditProfile.defaults();
    private Waivers waivers = Waivers.none();
    private Catalogue catalogue = Catalogue.standard();
    AuditEngine.Result result;
    List<Finding> findings;

    AuditFixture(Path dir) {
        this.dir = dir;
        files.put(Snapshot.PRE, new ArrayList<>());
        files.put(Snapshot.POST, new ArrayList<>());
    }

    AuditFixture pre(String fileName, String csv) {
        return file(Snapshot.PRE, fileName, csv);
    }

    AuditFixture post(String fileName, String csv) {
        return file(Snapshot.POST, fileName, csv);
    }

    AuditFixture profile(AuditProfile profile) {
        this.profile = profile;
        return this;
    }

    AuditFixture catalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
        return this;
    }

    AuditFixture waivers(Waivers waivers) {
        this.waivers = waivers;
        return this;
    }

    /** Imports everything and runs the audit; keeps the findings. */
    AuditFixture run() {
        return run(ProgressListener.NONE);
    }

    AuditFixture run(ProgressListener progress) {
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            new InputImporter().importExactly(ws, files, f -> null, ProgressListener.NONE).forEach(o -> {
                if (!o.loaded()) {
                    throw new IllegalStateException(o.file() + " did not load: " + o.report().problems());
                }
            });
            result = new AuditEngine(catalogue, "test").run(ws, profile, waivers, progress);
            findings = ws.findings().page(result.summary().runId(), 0, 100_000);
        }
        return this;
    }

    /** The keys a rule reported, in the engine's order. */
    List<String> keys(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::key).toList();
    }

    List<String> keys(String rule, Snapshot snapshot) {
        return findings.stream().filter(f -> f.rule().equals(rule) && f.snapshot() == snapshot).map(Finding::key).toList();
    }

    Finding one(String rule, String key) {
        return one(rule, null, key);
    }

    /** The one finding of a rule with that key on a snapshot ({@code null}: either). */
    Finding one(String rule, Snapshot snapshot, String key) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule) && f.key().equals(key)
                && (snapshot == null || f.snapshot() == snapshot)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(rule + " " + key + ": expected one finding, got " + matching + "\nall: " + findings);
        }
        return matching.get(0);
    }

    private AuditFixture file(Snapshot snapshot, String fileName, String csv) {
        try {
            Path file = dir.resolve(snapshot.id()).resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            files.get(snapshot).add(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
