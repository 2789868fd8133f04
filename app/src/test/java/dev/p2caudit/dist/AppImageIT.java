package dev.p2caudit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jpackage app image ({@code mvn -Pimage}) runs with its own Java: its launcher audits the
 * sample data in an environment whose PATH has no Java at all and no JAVA_HOME. Runs only in the
 * image profile's failsafe execution, which names the image.
 */
class AppImageIT {

    @TempDir
    Path dir;

    @Test
    void theImageAuditsTheSampleDataWithNoJavaOnThePath() throws Exception {
        Path image = image();
        Path launcher = image.resolve("bin/p2c-audit");
        Path report = dir.resolve("sample-audit.html");

        Run run = run(List.of(launcher.toString(), "audit", "--pre", Path.of("sample-data/pre").toAbsolutePath().toString(),
                "--post", Path.of("sample-data/post").toAbsolutePath().toString(), "--html", report.toString()));

        assertThat(run.code()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("Verdict: FAIL (fail on error)");
        assertThat(Jsoup.parse(report.toFile()).select("p.verdict").text()).contains("FAIL");
    }

    @Test
    void theImageRunsItsOwnRuntimeMadeOfTheModulesTheAppUses() throws Exception {
        Path image = image();

        Run run = run(List.of(image.resolve("bin/p2c-audit").toString(), "--version"));

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("java 17.", image.resolve("lib/runtime").toString());
        String modules = Files.readString(image.resolve("lib/runtime/release"));
        assertThat(modules).contains("java.desktop", "java.sql", "jdk.charsets", "jdk.localedata")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.net.http");
    }

    private static Path image() {
        String image = System.getProperty("p2caudit.image");
        assertThat(image).as("the image profile names the image (mvn -Pimage verify)").isNotNull();
        assertThat(Path.of(image, "bin/p2c-audit")).as("the image's launcher").isExecutable();
        // The build names it from the root seen from app (app/../target/...); the runtime says its real path.
        return Path.of(image).normalize();
    }

    private record Run(int code, String output) {
    }

    /** No PATH entries with a java, no JAVA_HOME: only what the image brings. */
    private Run run(List<String> command) throws IOException, InterruptedException {
        Path empty = Files.createDirectories(dir.resolve("empty-path"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", empty.toString(), "HOME", dir.toString()));
        Process process = builder.start();
        String output = ChildJvm.outputOf(process, 300);
        return new Run(process.waitFor(), output);
    }
}
