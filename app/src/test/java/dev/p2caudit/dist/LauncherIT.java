package dev.p2caudit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers of the unpacked release. The POSIX one is run for real, in an environment made
 * here: a PATH holding only the few tools the script uses (so no system Java), fake {@code java}
 * commands that claim old versions, and the JDK running this test as the Java 17 it should find.
 * The Windows one cannot run here; its text is checked for the same lookup.
 */
class LauncherIT {

    private static final String REAL_JAVA_HOME = System.getProperty("java.home");

    @TempDir
    static Path dir;
    static Path home;
    static Path tools;

    @BeforeAll
    static void unpackAndMakeAPathWithoutJava() throws IOException {
        home = Distribution.unpack(Files.createDirectories(dir.resolve("unpacked")));
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("dirname", "sed", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
    }

    @Test
    void withoutJavaItSaysInOneLineWhatToInstall() throws Exception {
        Run run = launch(Map.of("PATH", tools.toString()), "--version");

        assertThat(run.code).isEqualTo(1);
        assertThat(run.output.lines()).containsExactly("p2c-audit: no Java found in JAVA_HOME or on the PATH; install a Java 17"
                + " or later runtime (Eclipse Temurin 17 from adoptium.net, or your system's openjdk-17-jre package) and"
                + " put it on the PATH or set JAVA_HOME to it.");
    }

    @Test
    void anOldJavaOnThePathOrInJavaHomeIsNamedAsTooOld() throws Exception {
        Path java11 = fakeJava("java11", "openjdk version \"11.0.20\" 2023-07-18");
        Path java8 = fakeJava("java8", "java version \"1.8.0_381\"");

        Run onPath = launch(Map.of("PATH", java11.resolve("bin") + ":" + tools), "--version");
        Run inHome = launch(Map.of("PATH", tools.toString(), "JAVA_HOME", java8.toString()), "--version");

        assertThat(onPath.code).isEqualTo(1);
        assertThat(onPath.output.lines()).singleElement().asString().startsWith("p2c-audit: " + java11.resolve("bin/java")
                + " is Java 11.0.20; P2C Auditor needs Java 17 or later: install");
        assertThat(inHome.code).isEqualTo(1);
        assertThat(inHome.output.lines()).singleElement().asString().contains("is Java 1.8.0_381; P2C Auditor needs Java 17");
    }

    @Test
    void aJavaHomeWithoutJavaIsSaidSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-java-here"));

        Run run = launch(Map.of("PATH", tools.toString(), "JAVA_HOME", empty.toString()), "--version");

        assertThat(run.code).isEqualTo(1);
        assertThat(run.output.lines()).singleElement().asString().startsWith("p2c-audit: JAVA_HOME is " + empty
                + " but has no bin/java; install a Java 17 or later runtime");
    }

    @Test
    void javaHomeIsUsedBeforeAnOlderJavaOnThePath() throws Exception {
        Path java11 = fakeJava("java11-first", "openjdk version \"11.0.20\" 2023-07-18");

        Run run = launch(Map.of("PATH", java11.resolve("bin") + ":" + tools, "JAVA_HOME", REAL_JAVA_HOME), "--version");

        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).startsWith("p2c-audit ").contains("ruleset ", "commit ",
                "java " + System.getProperty("java.version") + " (", REAL_JAVA_HOME + ")");
    }

    @Test
    void aJava17OnThePathIsUsedWithoutJavaHome() throws Exception {
        Run run = launch(Map.of("PATH", Path.of(REAL_JAVA_HOME, "bin") + ":" + tools), "--version");

        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).contains("java " + System.getProperty("java.version"));
    }

    @Test
    void aLauncherLinkedFromElsewhereStillFindsItsJar() throws Exception {
        Path link = Files.createDirectories(dir.resolve("usr-local-bin")).resolve("p2c-audit");
        Files.createSymbolicLink(link, home.resolve("bin/p2c-audit"));

        Run run = run(List.of(link.toString(), "--version"), Map.of("PATH", tools.toString(), "JAVA_HOME", REAL_JAVA_HOME),
                dir);

        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).startsWith("p2c-audit ");
    }

    @Test
    void theSampleAuditRunsFromTheUnpackedFolder() throws Exception {
        Run run = run(List.of("bin/p2c-audit", "audit", "--pre", "sample-data/pre", "--post", "sample-data/post",
                "--html", "audit/sample.html", "--junit", "audit/junit.xml", "--sarif", "audit/audit.sarif"),
                Map.of("PATH", tools.toString(), "JAVA_HOME", REAL_JAVA_HOME), home);

        assertThat(run.code).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("Verdict: FAIL (fail on error)");
        assertThat(Jsoup.parse(home.resolve("audit/sample.html").toFile()).select("p.verdict").text()).contains("FAIL");
        assertThat(home.resolve("audit/junit.xml")).isNotEmptyFile();
        assertThat(home.resolve("audit/audit.sarif")).isNotEmptyFile();
    }

    @Test
    void theWindowsLauncherLooksUpJavaTheSameWayAndDoubleClicksIntoTheDesktopApp() throws IOException {
        byte[] bytes = Files.readAllBytes(home.resolve("bin/p2c-audit.cmd"));
        String cmd = new String(bytes, StandardCharsets.US_ASCII);

        // Batch files need CRLF: with LF alone cmd.exe can miss labels and goto targets.
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(cmd).contains(
                "if not defined JAVA_HOME goto :javaFromPath",
                "set \"P2C_JAVA=%JAVA_HOME%\\bin\\java.exe\"",
                "for %%J in (java.exe) do set \"P2C_JAVA=%%~$PATH:J\"",
                "\"%P2C_JAVA%\" -fullversion",
                "if \"%%A\"==\"1\" (set \"P2C_JAVA_MAJOR=%%B\")",
                "if %P2C_JAVA_MAJOR% GEQ 17 goto :run",
                // No arguments (a double-click): javaw through start, so no console window stays.
                "if not \"%~1\"==\"\" goto :commandLine",
                "set \"P2C_JAVAW=%P2C_JAVA:java.exe=javaw.exe%\"",
                "start \"P2C Auditor\" \"%P2C_JAVAW%\" %P2C_AUDIT_JAVA_OPTS% -jar \"%P2C_JAR%\"",
                "\"%P2C_JAVA%\" %P2C_AUDIT_JAVA_OPTS% -jar \"%P2C_JAR%\" %*",
                "exit /b %ERRORLEVEL%",
                "set \"P2C_JAR=%P2C_HOME%\\p2c-audit.jar\"");
        List<String> messages = cmd.lines().filter(l -> l.startsWith("echo p2c-audit:")).toList();
        assertThat(messages).hasSize(3).allMatch(m -> m.contains("%P2C_HINT%") && m.endsWith("1>&2"));
        assertThat(cmd).contains("set \"P2C_HINT=install a Java 17 or later runtime");
        // A JAVA_HOME under "Program Files (x86)" would end a parenthesised block early.
        assertThat(cmd.lines().filter(l -> l.contains("%JAVA_HOME%"))).noneMatch(l -> l.strip().startsWith("if") && l.contains("("));
    }

    private record Run(int code, String output) {
    }

    private static Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/p2c-audit").toString()));
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    /** Runs a command with exactly this environment (and a HOME), not the build's. */
    private static Run run(List<String> command, Map<String, String> env, Path workingDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("HOME", dir.toString());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = ChildJvm.outputOf(process, 300);
        return new Run(process.waitFor(), output);
    }

    /** A JAVA_HOME whose bin/java only prints what an old Java's {@code java -version} prints. */
    private static Path fakeJava(String name, String versionLine) throws IOException {
        Path javaHome = dir.resolve(name);
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\necho 'OpenJDK Runtime Environment' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }

    private static Path which(String tool) {
        for (String folder : List.of("/usr/bin", "/bin")) {
            Path path = Path.of(folder, tool);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new AssertionError("this machine has no " + tool + " in /usr/bin or /bin");
    }
}
