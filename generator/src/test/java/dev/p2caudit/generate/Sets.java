package dev.p2caudit.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading generated sets back for comparisons. */
final class Sets {

    private Sets() {
    }

    /** Every file under {@code root} by relative path ({@code /}-separated), with its bytes. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** A workbook's entries by name, uncompressed: equal workbooks whatever zlib compressed them. */
    static Map<String, String> entries(Path xlsx) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    static Manifest generate(Path out, int scale, boolean manifest) throws IOException {
        new DatasetGenerator().generate(out,
                new DatasetGenerator.Options(DatasetGenerator.DEFAULT_SEED, scale, manifest));
        return manifest ? ManifestJson.read(out.resolve("manifest.json")) : null;
    }
}
