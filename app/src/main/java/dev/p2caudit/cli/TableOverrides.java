package dev.p2caudit.cli;

import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --table FILE=TABLE}: the user names a file's table. FILE is a path or just the file's name. */
final class TableOverrides {

    private final Map<String, TableKind> byName = new LinkedHashMap<>();

    TableOverrides(Map<String, String> option, CommandSpec spec) {
        option.forEach((file, table) -> byName.put(key(file), TableKind.fromId(table).orElseThrow(
                () -> new ParameterException(spec.commandLine(), "unknown table '" + table + "' in --table "
                        + file + "=" + table + "; tables are " + Arrays.stream(TableKind.values())
                        .map(TableKind::id).collect(Collectors.joining(", "))))));
    }

    /** The table named for this file, or {@code null}. */
    TableKind forFile(Path file) {
        TableKind byPath = byName.get(key(file.toString()));
        return byPath != null ? byPath : byName.get(key(file.getFileName().toString()));
    }

    private static String key(String file) {
        return Path.of(file).normalize().toString();
    }
}
