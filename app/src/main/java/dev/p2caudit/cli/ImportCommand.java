package dev.p2caudit.cli;

import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.ingest.InputImporter.FileOutcome;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2c-audit import}: loads exports into a workspace. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Loads pre- and post-migration exports into a workspace. Re-importing a file into the"
                + " same snapshot replaces it.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "The workspace file (H2).")
    Path workspace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var files = inputs.files(spec);
        TableOverrides overrides = inputs.overrides(spec);
        List<FileOutcome> outcomes;
        try (Workspace ws = Workspace.open(workspace)) {
            try (ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr())) {
                outcomes = new InputImporter(inputs.dateOrder(DateOrderSetting.NONE))
                        .importAll(ws, files, overrides::forFile, progress);
            }
            ImportText.print(outcomes, out);
            out.printf("%d file(s): %d loaded, %d not loaded; workspace %s%n", outcomes.size(),
                    outcomes.stream().filter(FileOutcome::loaded).count(),
                    outcomes.stream().filter(o -> !o.loaded()).count(), ws.file());
        }
        out.flush();
        return outcomes.stream().allMatch(FileOutcome::loaded) ? ExitCodes.OK : ExitCodes.UNREADABLE;
    }
}
