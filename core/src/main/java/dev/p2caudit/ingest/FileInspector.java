package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportPlan;
import java.nio.file.Path;

/** Reads a file the way an import would, without loading it anywhere. */
public final class FileInspector {

    private static final FileLoader.Sink NOWHERE = new FileLoader.Sink() {
        @Override
        public void begin(ImportPlan plan) {
        }

        @Override
        public void row(long line, Object[] values) {
        }

        @Override
        public void reject(RejectedRow row) {
        }
    };

    private final FileLoader loader;

    public FileInspector() {
        this(DateOrderSetting.NONE);
    }

    /** @param dateOrder what a date column follows when the file leaves its order open */
    public FileInspector(DateOrderSetting dateOrder) {
        this.loader = new FileLoader(dateOrder);
    }

    /**
     * @param named the table the user named, or {@code null} to recognise it
     */
    public FileReport inspect(Path file, Snapshot snapshot, TableKind named) {
        return loader.load(file, snapshot, named, NOWHERE);
    }
}
