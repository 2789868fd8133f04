package dev.p2caudit.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts a second JVM on the test classpath: for what one process cannot show about itself. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /**
     * Everything a process printed, once it has ended. A process still running after
     * {@code seconds} is killed and the test fails with what it printed so far, instead of the
     * build hanging on a child (or a browser) that never ends.
     */
    public static String outputOf(Process process, long seconds) throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CompletableFuture<Void> copying = CompletableFuture.runAsync(() -> copy(process.getInputStream(), printed));
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child process " + process.info().commandLine().orElse("")
                    + " was still running after " + seconds + " s; it printed: " + printed.toString(StandardCharsets.UTF_8));
        }
        try {
            copying.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("reading the child process's output", e);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
