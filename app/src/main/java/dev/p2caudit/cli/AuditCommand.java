package dev.p2caudit.cli;

import dev.p2caudit.checks.AuditEngine;
import dev.p2caudit.checks.AuditService;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.ingest.InputImporter.FileOutcome;
import dev.p2caudit.model.Severity;
import dev.p2caudit.report.AuditFacts;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2c-audit audit}: import, audit, summarise, write the outputs asked for. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Imports the pre- and post-migration exports, runs every check and writes the findings.")
final class AuditCommand implements Callable<Integer> {

    /** {@code --fail-on}: the severity that fails the run. */
    enum FailOn { error, warning, never }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Keep the workspace here; re-running reuses files whose content did not change."
                    + " Default: a temporary workspace, deleted afterwards.")
    Path workspace;

    @Option(names = "--profile", paramLabel = "FILE", description = "Parameters, enabled checks, severities"
            + " (docs/profile.md). Default: the profile the workspace keeps from the desktop app's rules screen, if any.")
    Path profile;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted findings (docs/profile.md), applied"
            + " with those the workspace keeps from the desktop app.")
    Path waivers;

    @Option(names = "--duplicate-rules", paramLabel = "FILE",
            description = "Duplicate detection rules replacing the default set, as the organisation published them"
                    + " (docs/duplicates.md). Default: those of the workspace's latest run.")
    Path duplicateRules;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|never",
            description = "Exit 1 when unwaived findings at or above this severity exist (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() throws IOException {
        var files = inputs.files(spec);
        TableOverrides overrides = inputs.overrides(spec);
        AuditService service = new AuditService(Version.current());
        Path store = workspace != null ? workspace : Files.createTempDirectory("p2c-audit-").resolve("workspace");
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(store)) {
            AuditService.Plan plan = service.plan(ws, new AuditService.Choices(duplicateRules, profile, waivers),
                    LocalDate.now());
            List<FileOutcome> outcomes;
            AuditEngine.Result result;
            try (ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr())) {
                outcomes = new InputImporter(inputs.dateOrder(plan.profile().dateOrder()))
                        .importExactly(ws, files, overrides::forFile, progress);
                result = service.run(ws, plan, progress);
            }
            AuditFacts facts = AuditFacts.of(ws, result.summary().runId(), threshold());
            outputs.write(ws, facts, plan.catalogue(), files);
            AuditText.print(outcomes, facts, ws.findings().page(facts.run().id(), 0, 10), out);
            out.flush();
            if (outcomes.stream().anyMatch(o -> !o.loaded())) {
                return ExitCodes.UNREADABLE;
            }
            return facts.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } finally {
            if (workspace == null) {
                deleteTemporary(store);
            }
        }
    }

    private Severity threshold() {
        return severity(failOn);
    }

    static Severity severity(FailOn failOn) {
        return switch (failOn) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case never -> null;
        };
    }

    private static void deleteTemporary(Path store) throws IOException {
        Path dir = store.getParent();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
