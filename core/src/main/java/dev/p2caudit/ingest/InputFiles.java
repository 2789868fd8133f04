package dev.p2caudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the files and folders a user names into the export files to read. */
public final class InputFiles {

    private static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private InputFiles() {
    }

    /**
     * Files are taken as named; folders contribute their export files (CSV, TSV, TXT, xlsx), sorted
     * by name, skipping hidden files and Excel's {@code ~$} lock files.
     *
     * @throws IOException naming the path that does not exist or cannot be listed
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(InputFiles::looksLikeExport).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return files;
    }

    private static boolean looksLikeExport(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && EXTENSIONS.contains(extension);
    }
}
