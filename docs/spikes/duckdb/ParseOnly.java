package dev.p2caudit.ingest;

import dev.p2caudit.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Spike (ADR 0007), not part of the product: reads every file of a pre/post export set the way
 * an import does (hash, sniff, map headers, convert every cell) and stores nothing. What it takes
 * is the floor under any store. Lives in the ingest package to reach the package-private reader.
 *
 * <p>Arguments: the dataset directory (with {@code pre/} and {@code post/}), the number of
 * threads (files are read whole, largest first).
 */
public final class ParseOnly {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, DuckImport::daemon);
        List<Future<String>> results = new ArrayList<>();
        for (Path file : DuckImport.files(root)) {
            Snapshot snapshot = DuckImport.snapshotOf(root, file);
            results.add(pool.submit(() -> {
                long t = System.nanoTime();
                FileReport report = new FileInspector().inspect(file, snapshot, null);
                return DuckImport.line(root, file, report.rows(), t);
            }));
        }
        for (Future<String> result : results) {
            System.out.println(result.get());
        }
        System.out.printf("read without storing: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
