package dev.p2caudit.cli;

import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --pre}, {@code --post}, {@code --table} and {@code --date-order}, shared by {@code import} and {@code audit}. */
final class InputOptions {

    @Option(names = "--pre", arity = "1..*", paramLabel = "DIR|FILE",
            description = "The pre-migration export: files, or folders of them.")
    List<Path> pre = new ArrayList<>();

    @Option(names = "--post", arity = "1..*", paramLabel = "DIR|FILE",
            description = "The post-migration export: files, or folders of them.")
    List<Path> post = new ArrayList<>();

    @Option(names = "--table", paramLabel = "FILE=TABLE", description = "Name a file's table (account, contact,"
            + " product, quote, quote_line, order, order_line, invoice, invoice_line).")
    Map<String, String> tables = new LinkedHashMap<>();

    @Option(names = "--date-order", paramLabel = "day-first|month-first", converter = DateOrderOption.class,
            description = DateOrderOption.DESCRIPTION)
    DateOrder dateOrder;

    /** {@code --date-order} if given, else {@code fallback} (a profile's setting, or none). */
    DateOrderSetting dateOrder(DateOrderSetting fallback) {
        return dateOrder != null ? new DateOrderSetting(dateOrder, "--date-order") : fallback;
    }

    /** The files of each snapshot, folders expanded. */
    Map<Snapshot, List<Path>> files(CommandSpec spec) throws IOException {
        if (pre.isEmpty() && post.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name the exports with --pre and/or --post");
        }
        Map<Snapshot, List<Path>> files = new EnumMap<>(Snapshot.class);
        files.put(Snapshot.PRE, InputFiles.expand(pre));
        files.put(Snapshot.POST, InputFiles.expand(post));
        return files;
    }

    TableOverrides overrides(CommandSpec spec) {
        return new TableOverrides(tables, spec);
    }
}
