package dev.p2caudit.report;

import dev.p2caudit.model.Snapshot;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How SARIF names the export files. Code-scanning tools resolve a relative URI against the
 * repository they analysed, so where the audit knows the files' paths, a file below the working
 * folder is named relative to it ({@code %SRCROOT%}, which {@code originalUriBaseIds} maps back to
 * that folder), and any other by its absolute {@code file:} URI. A stored run knows only file
 * names: they are relative to the symbolic bases {@code PRE} and {@code POST}.
 */
final class SarifArtifacts {

    static final String SOURCE_ROOT = "%SRCROOT%";

    /** An artifact location: a URI, relative to a base id or ({@code null}) absolute. */
    record Location(String uri, String baseId) {
    }

    private final Path root;
    private final Map<Snapshot, Map<String, Path>> paths = new EnumMap<>(Snapshot.class);

    private SarifArtifacts(Path root, Map<Snapshot, List<Path>> files) {
        this.root = root;
        files.forEach((snapshot, list) -> {
            Map<String, Path> byName = new HashMap<>();
            list.forEach(p -> byName.put(p.getFileName().toString(), p.toAbsolutePath().normalize()));
            paths.put(snapshot, byName);
        });
    }

    /** Files known by name only (a stored run). */
    static SarifArtifacts byName() {
        return new SarifArtifacts(null, Map.of());
    }

    /** The files an audit just read, named relative to {@code workingFolder} where they lie below it. */
    static SarifArtifacts under(Path workingFolder, Map<Snapshot, List<Path>> files) {
        return new SarifArtifacts(workingFolder.toAbsolutePath().normalize(), files);
    }

    /** The folder {@code %SRCROOT%} stands for, as a {@code file:} URI ending in a slash. */
    Optional<String> rootUri() {
        return Optional.ofNullable(root).map(r -> r.toUri().toASCIIString());
    }

    Location locate(Snapshot snapshot, String fileName) {
        Path path = paths.getOrDefault(snapshot, Map.of()).get(fileName);
        if (path == null || root == null) {
            return new Location(relative(fileName), snapshot.id().toUpperCase(java.util.Locale.ROOT));
        }
        if (path.startsWith(root)) {
            StringBuilder relative = new StringBuilder();
            for (Path part : root.relativize(path)) {
                relative.append(relative.length() == 0 ? "" : "/").append(part);
            }
            return new Location(relative(relative.toString()), SOURCE_ROOT);
        }
        return new Location(path.toUri().toASCIIString(), null);
    }

    /** A relative URI reference: spaces and other characters percent-encoded, never read as a scheme. */
    private static String relative(String path) {
        try {
            String uri = new URI(null, null, path, null).toASCIIString();
            int colon = uri.indexOf(':');
            int slash = uri.indexOf('/');
            return colon >= 0 && (slash < 0 || colon < slash) ? "./" + uri : uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file name " + path + " cannot be written as a URI", e);
        }
    }
}
