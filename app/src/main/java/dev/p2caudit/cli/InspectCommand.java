package dev.p2caudit.cli;

import dev.p2caudit.ingest.FileInspector;
import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code p2c-audit inspect FILE…}: how each file would load, and why it would not. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows, per file, the detected table, encoding, delimiter, decimal separator, header"
                + " mapping, how each column's values are read (date order, decimal separator) and why, rows and"
                + " rejected rows with reasons. Loads nothing.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files or folders of them.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON array, one object per file.")
    boolean json;

    @Option(names = "--snapshot", defaultValue = "post", paramLabel = "pre|post",
            description = "Which export this is; decides what 'Contact Number' means (default: ${DEFAULT-VALUE}).")
    Snapshot snapshot;

    @Option(names = "--table", paramLabel = "FILE=TABLE", description = "Name a file's table (account, contact,"
            + " product, quote, quote_line, order, order_line, invoice, invoice_line).")
    Map<String, String> tables = new LinkedHashMap<>();

    @Option(names = "--date-order", paramLabel = "day-first|month-first", converter = DateOrderOption.class,
            description = DateOrderOption.DESCRIPTION)
    DateOrder dateOrder;

    @Override
    public Integer call() throws IOException {
        TableOverrides overrides = new TableOverrides(tables, spec);
        FileInspector inspector = new FileInspector(dateOrder == null ? DateOrderSetting.NONE
                : new DateOrderSetting(dateOrder, "--date-order"));
        List<FileReport> reports = new ArrayList<>();
        for (Path file : InputFiles.expand(files)) {
            reports.add(inspector.inspect(file, snapshot, overrides.forFile(file)));
        }
        if (json) {
            spec.commandLine().getOut().println(InspectJson.render(reports));
        } else {
            reports.forEach(r -> InspectText.print(r, spec.commandLine().getOut()));
        }
        spec.commandLine().getOut().flush();
        return reports.stream().allMatch(FileReport::loadable) ? ExitCodes.OK : ExitCodes.UNREADABLE;
    }
}
