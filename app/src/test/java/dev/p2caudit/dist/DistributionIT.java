package dev.p2caudit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip holds what an auditor needs and what the licences ask for: the jar, both
 * launchers, README, LICENSE, the sample data, and a third-party notice naming every library the
 * jar bundles with a licence text for each.
 */
class DistributionIT {

    private static final Pattern TEXT = Pattern.compile("text: (licenses/\\S+)");

    @TempDir
    static Path dir;
    static Path home;

    @BeforeAll
    static void unpack() throws IOException {
        home = Distribution.unpack(dir);
    }

    @Test
    void itHoldsTheJarTheLaunchersTheReadmeTheLicenceAndTheSampleData() throws IOException {
        assertThat(home.getFileName().toString()).matches("p2c-auditor-\\d+\\.\\d+\\.\\d+.*");
        assertThat(Distribution.zip().getFileName().toString()).isEqualTo(home.getFileName() + ".zip");
        assertThat(home.resolve("p2c-audit.jar")).isNotEmptyFile();
        assertThat(Distribution.unixMode(home.getFileName() + "/bin/p2c-audit")).isEqualTo(0755);
        assertThat(home.resolve("bin/p2c-audit.cmd")).isNotEmptyFile();
        assertThat(Files.readString(home.resolve("README.md"))).contains("# P2C Auditor", "bin/p2c-audit");
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        for (String linked : linksOf(Files.readString(home.resolve("README.md")))) {
            assertThat(home.resolve(linked)).as("README links to " + linked).exists();
        }
        List<Path> sample = files(Path.of("sample-data"));
        assertThat(sample).hasSizeGreaterThan(15);
        for (Path f : sample) {
            Path shipped = home.resolve("sample-data").resolve(Path.of("sample-data").relativize(f).toString());
            assertThat(Files.mismatch(f, shipped)).as(shipped.toString()).isEqualTo(-1);
        }
    }

    @Test
    void theNoticeNamesEveryLibraryInTheJarWithItsLicenceText() throws IOException {
        String notice = Files.readString(home.resolve("THIRD-PARTY.txt"));
        List<String> bundled = bundledLibraries(home.resolve("p2c-audit.jar"));

        assertThat(bundled).hasSizeGreaterThan(20);
        for (String library : bundled) {
            assertThat(notice).as("THIRD-PARTY.txt lists " + library).contains(library);
        }
        Matcher texts = TEXT.matcher(notice);
        int named = 0;
        while (texts.find()) {
            named++;
            Path text = home.resolve(texts.group(1));
            if (texts.group(1).endsWith("/")) {
                try (var shipped = Files.list(text)) {
                    assertThat(shipped.map(p -> p.getFileName().toString()))
                            .as("the library's own licence file in " + text)
                            .anyMatch(n -> n.contains("LICENSE") || n.contains("COPYING"));
                }
            } else {
                assertThat(text).as("licence text " + text).isNotEmptyFile();
            }
        }
        long entries = notice.lines().filter(l -> l.matches("  [\\w.-]+:[\\w.-]+:\\S+ - .*")).count();
        assertThat(entries).isGreaterThanOrEqualTo(bundled.size());
        assertThat(named).as("a licence text per library").isEqualTo(entries);
    }

    @Test
    void jfreeChartShipsWithTheLgplAndApacheLibrariesWithTheirNotices() throws IOException {
        String notice = Files.readString(home.resolve("THIRD-PARTY.txt"));

        assertThat(notice).containsPattern("org\\.jfree:jfreechart:[^\\n]+\\n  Licence: LGPL-2\\.1-or-later; text: "
                + "licenses/LGPL-2\\.1\\.txt");
        assertThat(Files.readString(home.resolve("licenses/LGPL-2.1.txt")))
                .startsWith("                  GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1");
        assertThat(notice).contains("Licences: EPL-1.0 or MPL-2.0; used: MPL-2.0; text: licenses/MPL-2.0.txt");
        // Apache 2.0 section 4(d): the NOTICE files of the libraries go with them.
        assertThat(home.resolve("licenses/jackson-databind/NOTICE")).isNotEmptyFile();
        assertThat(home.resolve("licenses/commons-compress/NOTICE.txt")).isNotEmptyFile();
    }

    /** groupId:artifactId:version of every library whose Maven metadata the shaded jar carries. */
    private static List<String> bundledLibraries(Path jar) throws IOException {
        List<String> libraries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    p.load(zip.getInputStream(entry));
                    if (!p.getProperty("groupId").equals("dev.p2caudit")) {
                        libraries.add(p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":"
                                + p.getProperty("version"));
                    }
                }
            }
        }
        return libraries;
    }

    /** The README's links into the project (docs, reports, sample data), not those to the web. */
    private static List<String> linksOf(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(markdown);
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).as("the README's own links").hasSizeGreaterThan(10);
        return links;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
