package dev.p2caudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped jar (after {@code package}) holds the project's licence and every bundled library's
 * licence and notice, and ships the library versions the build resolved, not a test library's
 * older ones. Run by failsafe in {@code verify}.
 */
class BundledLicencesIT {

    private static JarFile jar;
    private static List<String> bundled;

    @BeforeAll
    static void open() throws IOException {
        jar = new JarFile(Path.of(System.getProperty("p2caudit.jar", "target/p2c-audit.jar")).toFile());
        bundled = Files.readAllLines(Path.of(System.getProperty("p2caudit.bundled", "target/bundled-artifacts.txt")))
                .stream().map(String::trim).filter(l -> l.split(":").length >= 4).toList();
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void theProjectsOwnLicenceAndNoticeAreAtTheRoot() throws IOException {
        assertThat(text("META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("LICENSE")))
                .contains("Apache License", "Version 2.0, January 2004");
        assertThat(text("META-INF/NOTICE")).startsWith("P2C Auditor").contains("META-INF/licenses/");
    }

    @Test
    void everyBundledLibraryHasItsLicenceInItsOwnFolder() {
        assertThat(bundled).hasSizeGreaterThan(10);
        for (String artifact : bundled) {
            String id = artifact.split(":")[1];
            assertThat(jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/licenses/" + id + "/") && n.toUpperCase(java.util.Locale.ROOT).contains("LICENSE")))
                    .as("licence of %s", artifact).isNotEmpty();
        }
    }

    @Test
    void noticesAreKeptPerLibraryNotOverwritten() throws IOException {
        assertThat(text("META-INF/licenses/commons-compress/NOTICE.txt")).contains("Apache Commons Compress");
        assertThat(text("META-INF/licenses/jackson-core/NOTICE")).contains("Jackson");
        assertThat(text("META-INF/licenses/jackson-core/FastDoubleParser-NOTICE")).isNotBlank();
        assertThat(text("META-INF/licenses/batik-svggen/NOTICE")).contains("Apache");
    }

    @Test
    void jfreeChartShipsTheLgplText() throws IOException {
        assertThat(text("META-INF/licenses/jfreechart/LICENSE"))
                .contains("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1");
    }

    @Test
    void theShippedLibrariesAreTheResolvedVersionsAndUnivocityIsGone() throws IOException {
        assertThat(version("commons-codec", "commons-codec")).isEqualTo("1.17.1");
        assertThat(version("commons-logging", "commons-logging")).isEqualTo("1.3.0");
        assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("com/univocity/"))
                .noneMatch(n -> n.startsWith("com/fasterxml/jackson/datatype/jsr310/"))
                .anyMatch(n -> n.startsWith("de/siegmar/fastcsv/"));
    }

    private static String version(String group, String artifact) throws IOException {
        Properties p = new Properties();
        try (InputStream in = jar.getInputStream(entry("META-INF/maven/" + group + "/" + artifact + "/pom.properties"))) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    private static String text(String name) throws IOException {
        try (InputStream in = jar.getInputStream(entry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = jar.getEntry(name);
        assertThat(e).as("%s in the jar", name).isNotNull();
        return e;
    }
}
