package dev.p2caudit.cli;

import dev.p2caudit.checks.RunCatalogues;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.store.StoreException;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code p2c-audit report}: re-renders a stored audit run, without auditing again. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the HTML report, CSV, xlsx, JSON, JUnit XML or SARIF of an audit run stored in a workspace.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "The workspace of the audit.")
    Path workspace;

    @Option(names = "--run", paramLabel = "ID", description = "The audit run (default: the latest).")
    Long run;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|never",
            description = "The threshold the verdict is judged against (default: ${DEFAULT-VALUE}).")
    AuditCommand.FailOn failOn;

    @Mixin
    OutputOptions outputs;

    @Override
    public Integer call() throws IOException {
        if (outputs.none()) {
            throw new ParameterException(spec.commandLine(), "name at least one output: --html, --csv, --xlsx, --json, --junit or --sarif");
        }
        Path file = workspace.toString().endsWith(Workspace.SUFFIX) ? workspace : Path.of(workspace + Workspace.SUFFIX);
        if (!Files.exists(file)) {
            throw new StoreException("no workspace at " + file);
        }
        try (Workspace ws = Workspace.open(workspace)) {
            AuditRun chosen = (run == null ? ws.findings().runs().stream().findFirst() : ws.findings().run(run))
                    .orElseThrow(() -> new StoreException("workspace " + ws.file() + " has no audit run"
                            + (run == null ? "" : " " + run)));
            AuditFacts facts = AuditFacts.of(ws, chosen.id(), AuditCommand.severity(failOn));
            outputs.write(ws, facts, RunCatalogues.catalogueOf(ws, chosen), null);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Run %d (%s): %,d findings, verdict %s (fail on %s)%n", chosen.id(), chosen.finishedAt(),
                    facts.summary().total(), facts.verdict(), facts.failOnText());
            out.flush();
        }
        return ExitCodes.OK;
    }

}
