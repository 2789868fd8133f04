package dev.p2caudit.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The release zip that {@code mvn package} built, and unpacking it as unzip would (file modes kept). */
final class Distribution {

    private Distribution() {
    }

    /** target/p2c-auditor-<version>.zip, as the build passes it to failsafe. */
    static Path zip() {
        String zip = System.getProperty("p2caudit.distribution");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            throw new AssertionError("no distribution zip at " + zip + ": run the *IT tests through Maven (mvn verify),"
                    + " which builds it in the package phase");
        }
        return Path.of(zip);
    }

    /** Unpacks the zip into {@code dir} and returns its one top folder, p2c-auditor-<version>. */
    static Path unpack(Path dir) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new AssertionError("zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> modes = EnumSet.copyOf(Files.getPosixFilePermissions(target));
                    modes.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(target, modes);
                }
            }
        }
        try (var top = Files.list(dir)) {
            return top.filter(Files::isDirectory).findFirst().orElseThrow(() -> new AssertionError("the zip is empty"));
        }
    }

    /** The stored Unix mode of an entry (0 when the zip recorded none). */
    static int unixMode(String entryName) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
            ZipArchiveEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new AssertionError("no " + entryName + " in " + zip());
            }
            return entry.getUnixMode() & 07777;
        }
    }
}
