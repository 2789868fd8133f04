package dev.p2caudit.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;

/**
 * Text for the terminal the program runs in. On a console, output is encoded in the console's
 * code page (a Windows console is often IBM437 or windows-1252, not UTF-8) and characters it
 * lacks become plain ASCII ({@link AsciiFallbackWriter}); redirected to a file or a pipe, output
 * is UTF-8, as JSON and logs expect. Escape sequences are written only where picocli's
 * {@code Ansi.AUTO} finds a terminal that understands them (not a plain Windows console, not
 * with {@code NO_COLOR}).
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** The program's standard output as a writer in the right encoding. */
    public static PrintWriter stdout() {
        return writer(System.out, charsetOf("stdout"));
    }

    /** The program's standard error as a writer in the right encoding. */
    public static PrintWriter stderr() {
        return writer(System.err, charsetOf("stderr"));
    }

    /** A writer to {@code out} in {@code charset}, every character it cannot encode given an ASCII stand-in. */
    static PrintWriter writer(OutputStream out, Charset charset) {
        OutputStream raw = out instanceof PrintStream print ? print : out;
        return new PrintWriter(new AsciiFallbackWriter(new OutputStreamWriter(raw, charset), charset), true);
    }

    /** Whether escape sequences (erase to end of line) are understood where standard error goes. */
    static boolean ansi() {
        return CommandLine.Help.Ansi.AUTO.enabled();
    }

    /** Whether the program writes to an interactive console, not a file or a pipe. */
    static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later return a Console for redirected output too; isTerminal() tells.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * The console's encoding for {@code stream} ({@code stdout} or {@code stderr}): what the JDK
     * says it is ({@code stdout.encoding} from Java 19, {@code sun.stdout.encoding} on a Windows
     * console), else {@link Console#charset()}; UTF-8 when not on a console.
     */
    static Charset charsetOf(String stream) {
        if (!terminal()) {
            return StandardCharsets.UTF_8;
        }
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding"}) {
            Charset named = named(System.getProperty(property));
            if (named != null) {
                return named;
            }
        }
        return System.console().charset();
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
