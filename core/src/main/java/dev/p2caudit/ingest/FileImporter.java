package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportPlan;
import dev.p2caudit.store.ImportSession;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * Loads a file into a workspace. Reading and typing run on their own thread and hand rows over
 * in batches, while the calling thread writes them through DuckDB's appender. The import is atomic: it is published only when the whole file was read;
 * a file that cannot be read, a failure, or an interrupt of the calling thread leaves nothing.
 */
public final class FileImporter {

    /** The report, and the import when the file loaded. */
    public record Outcome(FileReport report, Optional<ImportRecord> imported) {
    }

    private static final int BATCH = 512;

    private final DateOrderSetting dateOrder;

    /** Date columns whose order the file leaves open follow F&amp;O's conventions. */
    public FileImporter() {
        this(DateOrderSetting.NONE);
    }

    /** @param dateOrder what a date column follows when the file leaves its order open */
    public FileImporter(DateOrderSetting dateOrder) {
        this.dateOrder = dateOrder;
    }

    private record Batch(long[] lines, Object[][] values, int size) {
    }

    private record Done(FileReport report) {
    }

    private record Failed(RuntimeException error) {
    }

    /** @param named the table the user named, or {@code null} to recognise it */
    public Outcome importFile(Workspace workspace, Path file, Snapshot snapshot, TableKind named) {
        return importFile(workspace, file, snapshot, named, rows -> { });
    }

    /** As above, telling {@code rowsDone} how many rows were written so far, every few thousand. */
    public Outcome importFile(Workspace workspace, Path file, Snapshot snapshot, TableKind named,
                              LongConsumer rowsDone) {
        long started = System.nanoTime();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        Thread reader = new Thread(() -> read(file, snapshot, named, queue), "p2c-read " + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        ImportSession session = null;
        try {
            long written = 0;
            while (true) {
                Object message = queue.take();
                if (message instanceof ImportPlan plan) {
                    session = workspace.beginImport(plan);
                } else if (message instanceof Batch batch) {
                    for (int i = 0; i < batch.size(); i++) {
                        session.addRow(batch.lines()[i], batch.values()[i]);
                    }
                    written += batch.size();
                    if (written % (BATCH * 8) < batch.size()) {
                        rowsDone.accept(written);
                    }
                } else if (message instanceof RejectedRow rejection) {
                    session.reject(rejection);
                } else if (message instanceof Failed failed) {
                    throw failed.error();
                } else if (message instanceof Done done) {
                    return finish(done.report(), session, started);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import of " + file.getFileName() + " cancelled");
        } finally {
            reader.interrupt();
            if (session != null) {
                session.close();
            }
        }
    }

    private static Outcome finish(FileReport report, ImportSession session, long started) {
        if (session == null || !report.loadable()) {
            return new Outcome(report, Optional.empty());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Outcome(report, Optional.of(session.commit(millis)));
    }

    private void read(Path file, Snapshot snapshot, TableKind named, BlockingQueue<Object> queue) {
        QueueSink sink = new QueueSink(queue);
        try {
            FileReport report = new FileLoader(dateOrder).load(file, snapshot, named, sink);
            sink.flush();
            queue.put(new Done(report));
        } catch (InterruptedException | Stopped e) {
            // The writer gave up (failure or cancel) and is not listening any more.
        } catch (RuntimeException e) {
            offer(queue, new Failed(e));
        }
    }

    private static void offer(BlockingQueue<Object> queue, Object message) {
        try {
            queue.put(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown on the reading thread when the writer interrupted it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Batches rows onto the queue; rejections go in order between them. */
    private static final class QueueSink implements FileLoader.Sink {
        private final BlockingQueue<Object> queue;
        private long[] lines = new long[BATCH];
        private Object[][] values = new Object[BATCH][];
        private int size;

        QueueSink(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        @Override
        public void begin(ImportPlan plan) {
            put(plan);
        }

        @Override
        public void row(long line, Object[] row) {
            lines[size] = line;
            values[size++] = row;
            if (size == BATCH) {
                flush();
            }
        }

        @Override
        public void reject(RejectedRow row) {
            flush();
            put(row);
        }

        void flush() {
            if (size > 0) {
                put(new Batch(lines, values, size));
                lines = new long[BATCH];
                values = new Object[BATCH][];
                size = 0;
            }
        }

        private void put(Object message) {
            try {
                queue.put(message);
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }
    }
}
