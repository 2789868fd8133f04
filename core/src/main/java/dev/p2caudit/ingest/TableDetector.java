package dev.p2caudit.ingest;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a file's table: from its name, else from the {@code (Do Not Modify) <Table>} column,
 * else from the headers that match best. Two equally good answers are reported, never guessed.
 */
final class TableDetector {

    /** The table, or why none could be chosen. */
    record Detection(Optional<TableKind> table, String reason) {

        static Detection found(TableKind table, String reason) {
            return new Detection(Optional.of(table), reason);
        }

        static Detection unknown(String reason) {
            return new Detection(Optional.empty(), reason);
        }
    }

    private final HeaderCatalog catalog;

    TableDetector(HeaderCatalog catalog) {
        this.catalog = catalog;
    }

    Detection detect(String fileName, List<String> headers, Snapshot snapshot) {
        Set<TableKind> byName = fromFileName(fileName);
        if (byName.size() == 1) {
            TableKind table = byName.iterator().next();
            return Detection.found(table, "file name");
        }
        Optional<TableKind> byColumn = fromDoNotModifyColumn(headers);
        if (byColumn.isPresent()) {
            return Detection.found(byColumn.get(), "(Do Not Modify) " + byColumn.get().displayName() + " column");
        }
        Set<TableKind> candidates = byName.isEmpty() ? EnumSet.allOf(TableKind.class) : byName;
        return fromHeaders(headers, snapshot, candidates);
    }

    /** Tables whose longest file-name phrase matches; several when the name is ambiguous. */
    Set<TableKind> fromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        String words = " " + HeaderText.words(stem) + " ";
        Map<TableKind, Integer> longest = new EnumMap<>(TableKind.class);
        for (TableKind table : TableKind.values()) {
            for (String phrase : catalog.fileNamePhrases(table)) {
                if (words.contains(" " + phrase + " ")) {
                    longest.merge(table, phrase.length(), Math::max);
                }
            }
        }
        int best = longest.values().stream().max(Integer::compare).orElse(0);
        return longest.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TableKind.class)));
    }

    private static Optional<TableKind> fromDoNotModifyColumn(List<String> headers) {
        for (String header : headers) {
            Optional<String> target = HeaderText.doNotModifyTarget(header);
            for (TableKind table : TableKind.values()) {
                if (target.isPresent() && HeaderText.normalize(target.get()).equals(HeaderText.normalize(table.displayName()))) {
                    return Optional.of(table);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Scores each candidate by the headers it recognises; a header that only one table knows
     * counts for more than one every table has ({@code Company}, {@code Name}).
     */
    private Detection fromHeaders(List<String> headers, Snapshot snapshot, Set<TableKind> candidates) {
        Map<String, Set<TableKind>> knownBy = new HashMap<>();
        for (String header : headers) {
            String normalized = HeaderText.normalize(header);
            for (TableKind table : TableKind.values()) {
                if (!catalog.lookup(table, normalized, snapshot).isEmpty()) {
                    knownBy.computeIfAbsent(normalized, k -> EnumSet.noneOf(TableKind.class)).add(table);
                }
            }
        }
        Map<TableKind, Double> scores = new EnumMap<>(TableKind.class);
        Map<TableKind, Integer> matched = new EnumMap<>(TableKind.class);
        knownBy.values().forEach(tables -> tables.stream().filter(candidates::contains).forEach(t -> {
            scores.merge(t, 1.0 / tables.size(), Double::sum);
            matched.merge(t, 1, Integer::sum);
        }));
        List<TableKind> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((TableKind t) -> scores.get(t)).reversed());
        if (ranked.isEmpty() || matched.get(ranked.get(0)) < 2) {
            return Detection.unknown("no table's columns match the headers; name the table with --table");
        }
        TableKind best = ranked.get(0);
        if (ranked.size() > 1 && scores.get(ranked.get(1)) >= scores.get(best) - 0.25) {
            return Detection.unknown("the headers fit " + best.id() + " and " + ranked.get(1).id()
                    + " equally well; name the table with --table");
        }
        return Detection.found(best, "headers (" + matched.get(best) + " of " + headers.size() + " columns match)");
    }
}
