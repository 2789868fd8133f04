package dev.p2caudit.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a column holds record GUIDs (a lookup column holds names, or GUIDs of other records). */
final class RecordIds {

    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}}?");

    private RecordIds() {
    }

    static boolean isGuid(String value) {
        return GUID.matcher(value.trim()).matches();
    }

    /** At least one value, and every non-empty value of the column in the sample a GUID, each once. */
    static boolean allGuids(List<RawRow> sample, int position) {
        Set<String> seen = new HashSet<>();
        for (RawRow row : sample) {
            String[] cells = row.values();
            String value = position < cells.length && cells[position] != null ? cells[position].trim() : "";
            if (value.isEmpty()) {
                continue;
            }
            if (!isGuid(value) || !seen.add(value.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !seen.isEmpty();
    }
}
