package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.store.WorkspaceLanes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Imports the pre and post files of an audit. A file whose exact bytes are already in the
 * snapshot (same SHA-256, same name, same table asked for) is reused instead of read again,
 * unless the date-order setting it was read with decided one of its columns and differs now.
 */
public final class InputImporter {

    /** What became of one input file. */
    public record FileOutcome(Snapshot snapshot, Path file, FileReport report, Optional<ImportRecord> imported,
                              boolean reused) {

        public boolean loaded() {
            return imported.isPresent();
        }
    }

    private final DateOrderSetting dateOrder;
    private final FileImporter importer;

    public InputImporter() {
        this(DateOrderSetting.NONE);
    }

    /** @param dateOrder what a date column follows when its file leaves its order open */
    public InputImporter(DateOrderSetting dateOrder) {
        this.dateOrder = dateOrder;
        this.importer = new FileImporter(dateOrder);
    }

    /**
     * Imports the inputs and removes every other file from the workspace, so that an audit sees
     * exactly these exports (unchanged files are still reused).
     */
    public List<FileOutcome> importExactly(Workspace workspace, Map<Snapshot, List<Path>> inputs,
                                           Function<Path, TableKind> named, ProgressListener progress) {
        List<FileOutcome> outcomes = importAll(workspace, inputs, named, progress);
        java.util.Set<Long> keep = new java.util.HashSet<>();
        outcomes.forEach(o -> o.imported().ifPresent(r -> keep.add(r.id())));
        workspace.imports().all().stream().filter(r -> !keep.contains(r.id())).forEach(workspace::removeImport);
        return outcomes;
    }

    /**
     * @param inputs the files of each snapshot (folders already expanded)
     * @param named  the table the user named for a file, or {@code null}
     */
    public List<FileOutcome> importAll(Workspace workspace, Map<Snapshot, List<Path>> inputs,
                                       Function<Path, TableKind> named, ProgressListener progress) {
        int total = inputs.values().stream().mapToInt(List::size).sum();
        FileOutcome[] outcomes = new FileOutcome[total];
        AtomicInteger done = new AtomicInteger();
        ProgressListener shared = (task, n, of) -> {
            synchronized (progress) {
                progress.progress(task, n, of);
            }
        };
        List<Runnable> tasks = new ArrayList<>();
        for (Snapshot snapshot : Snapshot.values()) {
            for (Path file : inputs.getOrDefault(snapshot, List.of())) {
                int at = tasks.size();
                tasks.add(() -> {
                    String task = snapshot.id() + ": " + file.getFileName();
                    shared.progress(task, done.get(), total);
                    outcomes[at] = importOne(workspace, snapshot, file, named.apply(file), task, shared);
                    done.incrementAndGet();
                });
            }
        }
        // Two files at once, each on its own connections: one file's reading overlaps the other's
        // writing and commit (ADR 0008; with H2 it was slower, ADR 0006).
        new WorkspaceLanes(workspace, WorkspaceLanes.defaultLanes()).run(tasks);
        shared.progress("imported", total, total);
        return List.of(outcomes);
    }

    private FileOutcome importOne(Workspace workspace, Snapshot snapshot, Path file, TableKind named, String task,
                                  ProgressListener progress) {
        Optional<ImportRecord> same = alreadyImported(workspace, snapshot, file, named);
        if (same.isPresent()) {
            FileReport report = ImportedReports.of(same.get(), workspace.imports().rejections(same.get().id()));
            return new FileOutcome(snapshot, file, report, same, true);
        }
        FileImporter.Outcome outcome = importer.importFile(workspace, file, snapshot, named,
                rows -> progress.progress(task, rows, 0));
        return new FileOutcome(snapshot, file, outcome.report(), outcome.imported(), false);
    }

    private Optional<ImportRecord> alreadyImported(Workspace workspace, Snapshot snapshot, Path file,
                                                          TableKind named) {
        String sha256;
        try {
            sha256 = FileFacts.scan(file).sha256();
        } catch (IOException e) {
            return Optional.empty();
        }
        return workspace.imports().findBySha256(snapshot, sha256)
                .filter(r -> r.fileName().equals(file.getFileName().toString()))
                .filter(r -> named == null || r.table() == named)
                .filter(r -> r.dateOrder() == null || r.dateOrder().equals(dateOrder.label()));
    }
}
