package dev.p2caudit.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a data set: {@code pre/} and {@code post/} exports, {@code manifest.json} with the
 * findings an audit must (and must not) produce, and a {@code README.md} explaining both. Files
 * are independent, so they are written in parallel; each is a pure function of seed and scale,
 * so the result does not depend on the order they finish in.
 */
public final class DatasetGenerator {

    /** The seed of the committed sample set. */
    public static final long DEFAULT_SEED = 20_210_301L;
    /**
     * The largest scale whose expected findings are worked out. Beyond it names repeat with
     * numbers ("Contoso Ltd 2"), which a fuzzy duplicate rule may or may not group, so a
     * complete list of expected findings cannot be promised.
     */
    public static final int MAX_MANIFEST_SCALE = 1;

    /**
     * @param seed     the seed; the same seed and scale give byte-identical files
     * @param scale    1 is a few hundred rows per table; 1000 about a million order lines
     * @param manifest whether to work out and write {@code manifest.json}
     */
    public record Options(long seed, int scale, boolean manifest) {

        public Options {
            if (scale < 1) {
                throw new IllegalArgumentException("--scale must be at least 1");
            }
            if (manifest && scale > MAX_MANIFEST_SCALE) {
                throw new IllegalArgumentException("expected findings are only worked out up to scale "
                        + MAX_MANIFEST_SCALE + "; add --no-manifest for bigger sets");
            }
        }
    }

    /**
     * What was written.
     *
     * @param files the exports, in plan order
     * @param took  how long it took
     */
    public record Result(List<Path> files, long rows, long bytes, Duration took) {
    }

    private final int threads;

    public DatasetGenerator() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    DatasetGenerator(int threads) {
        this.threads = threads;
    }

    public Result generate(Path out, Options options) throws IOException {
        long started = System.nanoTime();
        World world = new World(options.seed(), options.scale());
        List<FileSpec> plan = ExportPlan.files();
        prepareFolders(out, plan);
        List<WrittenFile> written = writeAll(out, world, plan);
        Manifest manifest = options.manifest() ? Expectations.manifest(world, plan, written) : null;
        if (manifest != null) {
            ManifestJson.write(manifest, out.resolve("manifest.json"));
        }
        Readme.write(out.resolve("README.md"), options, written, manifest);
        List<Path> files = written.stream().map(f -> out.resolve(f.path())).toList();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        long rows = written.stream().mapToLong(WrittenFile::rows).sum();
        return new Result(files, rows, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    private List<WrittenFile> writeAll(Path out, World world, List<FileSpec> plan) throws IOException {
        TableStreams streams = new TableStreams(world);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "p2c-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<FileSpec> biggestFirst = new ArrayList<>(plan);
            biggestFirst.sort(Comparator.comparingInt(DatasetGenerator::weight).reversed());
            Map<FileSpec, Future<List<WrittenFile>>> futures = new HashMap<>();
            for (FileSpec spec : biggestFirst) {
                futures.put(spec, pool.submit(() -> write(spec, out, streams, world.seed)));
            }
            List<WrittenFile> written = new ArrayList<>();
            for (FileSpec spec : plan) {
                written.addAll(await(futures.get(spec)));
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<WrittenFile> write(FileSpec spec, Path out, TableStreams streams, long seed)
            throws IOException {
        Path folder = out.resolve(spec.folder());
        return spec.xlsx() ? XlsxExport.write(spec, folder, streams, seed)
                : List.of(CsvExport.write(spec, folder, streams, seed));
    }

    /** Rough cost of a file: lines outnumber headers four to one, workbooks are slower than text. */
    private static int weight(FileSpec spec) {
        int rows = switch (spec.table()) {
            case ORDER_LINE -> 1000;
            case INVOICE_LINE -> 800;
            case QUOTE_LINE -> 600;
            case ORDER -> 250;
            case INVOICE -> 200;
            case CONTACT, QUOTE -> 150;
            case ACCOUNT -> 100;
            case PRODUCT -> 50;
        };
        return spec.xlsx() ? rows * 3 : rows;
    }

    private static List<WrittenFile> await(Future<List<WrittenFile>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Creates {@code pre/} and {@code post/}, and removes the files an earlier run may have left
     * there under the plan's names (a bigger scale leaves more workbook parts). Nothing else in
     * the folder is touched.
     */
    private static void prepareFolders(Path out, List<FileSpec> plan) throws IOException {
        for (FileSpec spec : plan) {
            Path folder = out.resolve(spec.folder());
            Files.createDirectories(folder);
            Pattern ours = Pattern.compile(Pattern.quote(spec.baseName()) + (spec.xlsx() ? "( \\d+)?" : "")
                    + Pattern.quote("." + spec.extension()));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> ours.matcher(f.getFileName().toString()).matches()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.deleteIfExists(out.resolve("manifest.json"));
    }
}
