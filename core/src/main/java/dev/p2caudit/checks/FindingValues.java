package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding's values in the order the check names them. {@code Map.of} iterates in an order that
 * changes from one JVM to the next, and the report, JSON and CSV list values as stored: two audits
 * of the same files must write the same report.
 */
final class FindingValues {

    private FindingValues() {
    }

    static Map<String, FindingValue> of(String k1, FindingValue v1, String k2, FindingValue v2) {
        Map<String, FindingValue> values = new LinkedHashMap<>();
        values.put(k1, v1);
        values.put(k2, v2);
        return values;
    }
}
