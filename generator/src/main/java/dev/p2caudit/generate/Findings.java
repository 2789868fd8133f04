package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the expected findings, one per (rule, snapshot, key) as an audit reports them, and
 * the keys each rule looked at without finding anything: the candidates for the clean list.
 */
final class Findings {

    private final Map<String, ExpectedFinding> found = new LinkedHashMap<>();
    private final Map<String, ExpectedFinding> looked = new LinkedHashMap<>();

    void add(String rule, Snapshot s, TableKind table, String key, String reason, Row... sources) {
        String id = ExpectedFinding.id(rule, s, key);
        ExpectedFinding before = found.get(id);
        List<Row> rows = new ArrayList<>(before == null ? List.of() : before.sources());
        for (Row source : sources) {
            if (source != null && !rows.contains(source)) {
                rows.add(source);
            }
        }
        String why = before == null ? reason : before.reason();
        found.put(id, new ExpectedFinding(rule, s, table, key, why, List.copyOf(rows)));
    }

    /** A key the rule evaluated; it becomes a clean candidate unless it was also found. */
    void looked(String rule, Snapshot s, TableKind table, String key, Row... sources) {
        looked.putIfAbsent(ExpectedFinding.id(rule, s, key), new ExpectedFinding(rule, s, table, key, "",
                Arrays.stream(sources).filter(Objects::nonNull).toList()));
    }

    Collection<ExpectedFinding> all() {
        return found.values();
    }

    /** What {@code rule} looked at and did not report, in the order it looked. */
    List<ExpectedFinding> clean(String rule) {
        return looked.values().stream().filter(f -> f.rule().equals(rule) && !found.containsKey(f.id())).toList();
    }
}
