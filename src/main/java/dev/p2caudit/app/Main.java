package dev.p2caudit.app;

import dev.p2caudit.cli.P2cAuditCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar p2c-audit.jar [command …]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = P2cAuditCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
