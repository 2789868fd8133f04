package dev.p2caudit.report;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SourceLine;
import dev.p2caudit.store.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where in the user's exports a run's findings point: the file and line of the record a finding
 * names (the workspace keeps each row's import and source line), every member of a duplicate
 * group, the rejected line itself, or, for a finding about a whole table or column, the header
 * line of the table's file(s). The first place is the finding's location, the others are related.
 * All keys are looked up at once, one pass over each table they name.
 */
final class FindingPlaces {

    /** A line of an export file. */
    record Place(Snapshot snapshot, String file, long line) {
    }

    /** Places per finding at most: the record, and a few more sharing its key or its group. */
    static final int RELATED = 10;

    /** A header line: where a table-wide finding (totals, a missing column) shows in the file. */
    private static final long HEADER = 1;

    private final List<ImportRecord> inputs;
    private final Map<Long, ImportRecord> imports = new HashMap<>();
    private final Map<String, Map<String, List<SourceLine>>> sources = new HashMap<>();

    /** Looks up where every finding of the run points. */
    FindingPlaces(Workspace ws, long runId, List<ImportRecord> inputs) {
        this.inputs = inputs;
        // A later re-import may have replaced a run's file: its rows then belong to the new import.
        ws.imports().all().forEach(r -> imports.put(r.id(), r));
        inputs.forEach(r -> imports.put(r.id(), r));
        Map<String, Set<String>> keys = new HashMap<>();
        ws.findings().forEach(runId, f -> {
            if (f.table() != null && f.snapshot() != null) {
                Set<String> wanted = keys.computeIfAbsent(tableKey(f.snapshot(), f.table()), k -> new HashSet<>());
                wanted.add(f.key());
                if (f.key().contains("+")) {
                    wanted.addAll(List.of(f.key().split("\\+")));
                }
            }
        });
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                Set<String> wanted = keys.get(tableKey(snapshot, table));
                if (wanted != null) {
                    sources.put(tableKey(snapshot, table), ws.recordSources().of(snapshot, table, wanted, RELATED));
                }
            }
        }
    }

    List<Place> of(Finding f) {
        if (f.rule().equals("INPUT-REJECTED") && f.snapshot() != null) {
            return List.of(new Place(f.snapshot(), f.valueText("file"), Math.max(HEADER, parse(f.valueText("line")))));
        }
        if (f.table() != null && f.snapshot() != null) {
            List<Place> records = records(f.snapshot(), f.table(), f.key());
            return records.isEmpty() ? headers(f.snapshot(), f.table()) : records;
        }
        return fallback(f.snapshot());
    }

    /** The record(s) with this key, else one for each member of a group key {@code A+B}. */
    private List<Place> records(Snapshot snapshot, TableKind table, String key) {
        Map<String, List<SourceLine>> found = sources.getOrDefault(tableKey(snapshot, table), Map.of());
        List<Place> places = places(snapshot, found.getOrDefault(key, List.of()), RELATED);
        if (places.isEmpty() && key.contains("+")) {
            for (String member : key.split("\\+")) {
                if (places.size() < RELATED) {
                    places.addAll(places(snapshot, found.getOrDefault(member, List.of()), 1));
                }
            }
        }
        return places;
    }

    private List<Place> places(Snapshot snapshot, List<SourceLine> lines, int limit) {
        List<Place> places = new ArrayList<>();
        for (SourceLine s : lines) {
            ImportRecord file = imports.get(s.importId());
            if (file != null && places.size() < limit) {
                places.add(new Place(snapshot, file.fileName(), Math.max(HEADER, s.line())));
            }
        }
        return places;
    }

    private List<Place> headers(Snapshot snapshot, TableKind table) {
        List<Place> places = inputs.stream().filter(r -> r.snapshot() == snapshot && r.table() == table)
                .map(r -> new Place(snapshot, r.fileName(), HEADER)).toList();
        return places.isEmpty() ? fallback(snapshot) : places;
    }

    /** A finding about no table of any loaded file: the run's first file of its snapshot, else any. */
    private List<Place> fallback(Snapshot snapshot) {
        return inputs.stream().filter(r -> snapshot == null || r.snapshot() == snapshot).findFirst()
                .or(() -> inputs.stream().findFirst())
                .map(r -> List.of(new Place(r.snapshot(), r.fileName(), HEADER))).orElse(List.of());
    }

    private static String tableKey(Snapshot snapshot, TableKind table) {
        return snapshot.id() + "." + table.id();
    }

    private static long parse(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            return HEADER;
        }
    }
}
