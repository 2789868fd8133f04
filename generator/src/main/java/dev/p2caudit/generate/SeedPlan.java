package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every seeded defect of a data set, by table and record. It is small (a few hundred seeds
 * whatever the scale), so records stay a pure function of seed and index: a record is built,
 * then the seeds aimed at it are applied.
 */
final class SeedPlan {

    /** Lines are addressed as {@code parent * LINE_FACTOR + line number}. */
    static final long LINE_FACTOR = 1_000;

    /** Two records a duplicate rule must not group, with the reason they look alike. */
    record NearMiss(String rule, TableKind table, long first, long second, String why) {
    }

    private final Map<TableKind, Map<Long, List<Seed>>> byRecord = new EnumMap<>(TableKind.class);
    private final Map<TableKind, List<Seed>> specials = new EnumMap<>(TableKind.class);
    private final Map<String, Seed> byId = new LinkedHashMap<>();
    private final Map<TableKind, Map<Long, Integer>> lineCounts = new EnumMap<>(TableKind.class);
    private final List<NearMiss> nearMisses = new ArrayList<>();
    private long nextSpecial = -1;

    /** A seed that changes an existing record. */
    Seed on(String id, TableKind table, long target) {
        Seed seed = register(new Seed(id, table, target));
        byRecord.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(target, t -> new ArrayList<>()).add(seed);
        return seed;
    }

    /** A seed that adds a record of its own, appended after the regular records. */
    Seed add(String id, TableKind table, Function<Long, Function<Snapshot, Row>> builder) {
        long ordinal = nextSpecial--;
        Seed seed = register(new Seed(id, table, ordinal));
        seed.build = builder.apply(ordinal);
        specials.computeIfAbsent(table, t -> new ArrayList<>()).add(seed);
        return seed;
    }

    /** Gives a header a fixed number of lines. */
    void lineCount(TableKind header, long index, int lines) {
        lineCounts.computeIfAbsent(header, t -> new HashMap<>()).put(index, lines);
    }

    void nearMiss(String rule, TableKind table, long first, long second, String why) {
        nearMisses.add(new NearMiss(rule, table, first, second, why));
    }

    Integer lineCount(TableKind header, long index) {
        Map<Long, Integer> counts = lineCounts.get(header);
        return counts == null ? null : counts.get(index);
    }

    /** Applies the seeds aimed at this record in its snapshot. */
    Row apply(Row row) {
        Map<Long, List<Seed>> seeds = byRecord.get(row.table);
        List<Seed> mine = seeds == null ? null : seeds.get(row.ordinal);
        if (mine != null) {
            for (Seed seed : mine) {
                if (seed.snapshots.contains(row.snapshot)) {
                    seed.change.accept(row);
                    row.touchedBy(seed.id);
                }
            }
        }
        return row;
    }

    /** The special records of a table present in a snapshot, in the order they were added. */
    List<Row> specials(TableKind table, Snapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        for (Seed seed : specials.getOrDefault(table, List.of())) {
            if (seed.snapshots.contains(snapshot)) {
                Row row = seed.build.apply(snapshot);
                row.touchedBy(seed.id);
                rows.add(apply(row));
            }
        }
        return rows;
    }

    Seed seed(String id) {
        return byId.get(id);
    }

    List<Seed> seeds() {
        return List.copyOf(byId.values());
    }

    List<NearMiss> nearMisses() {
        return List.copyOf(nearMisses);
    }

    private Seed register(Seed seed) {
        if (byId.putIfAbsent(seed.id, seed) != null) {
            throw new IllegalStateException("two seeds named " + seed.id);
        }
        return seed;
    }
}
