package dev.p2caudit.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The logical names a workbook's hidden sheet gives its data columns. A Sales "Export to Excel"
 * keeps one in a hidden sheet, never data; three layouts are understood:
 * <ul>
 * <li>one cell of {@code logical=display} pairs, URL-encoded and joined by {@code &}, after the
 * entity name and a hash ({@code account:AbC=:accountid=%28Do%20Not%20Modify%29%20Account&name=Account%20Name});
 * <li>rows of two cells, display name then logical name;
 * <li>a row of logical names standing in the same columns as the data sheet's headers.
 * </ul>
 * The logical name then maps a display header that is renamed or localised ({@code Kontoname} →
 * {@code name}).
 */
final class HiddenSheetNames {

    private static final Pattern LOGICAL = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern PAIRS = Pattern.compile("(?:^|[:&])[A-Za-z_][A-Za-z0-9_]*=[^&]*(&[A-Za-z_][A-Za-z0-9_]*=[^&]*)+$");

    private final Map<String, String> byDisplay = new HashMap<>();
    private final Map<Integer, String> byColumn = new HashMap<>();

    /** @param rows the hidden sheets' rows, each cell at its 0-based column */
    static HiddenSheetNames of(List<String[]> rows) {
        HiddenSheetNames names = new HiddenSheetNames();
        for (String[] row : rows) {
            names.read(row);
        }
        return names;
    }

    private void read(String[] row) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                filled.add(i);
            }
        }
        for (int i : filled) {
            if (row[i].contains("=") && PAIRS.matcher(row[i]).find()) {
                readPairs(row[i]);
            }
        }
        if (filled.size() == 2 && isLogical(row[filled.get(1)]) && !isLogical(row[filled.get(0)])) {
            byDisplay.putIfAbsent(key(row[filled.get(0)]), row[filled.get(1)].trim());
        } else if (filled.size() >= 2 && byColumn.isEmpty()
                && filled.stream().filter(i -> isLogical(row[i])).count() * 5 >= filled.size() * 4L) {
            filled.stream().filter(i -> isLogical(row[i])).forEach(i -> byColumn.put(i, row[i].trim()));
        }
    }

    /** {@code entity:hash:logical=display&logical=display}; the hash may itself hold {@code =}. */
    private void readPairs(String cell) {
        int start = cell.lastIndexOf(':', cell.indexOf('&')) + 1;
        for (String pair : cell.substring(start).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String logical = pair.substring(0, eq).trim();
            String display = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (LOGICAL.matcher(logical.toLowerCase(Locale.ROOT)).matches() && !display.isBlank()) {
                byDisplay.putIfAbsent(key(display), logical.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean isLogical(String cell) {
        return LOGICAL.matcher(cell.trim()).matches();
    }

    private static String key(String display) {
        return display.trim().toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return byDisplay.isEmpty() && byColumn.isEmpty();
    }

    /**
     * The logical name of each header, or {@code null} where the hidden sheet does not say.
     *
     * @param firstColumn the 0-based column of the first header
     */
    List<String> forHeader(List<String> header, int firstColumn) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String logical = byDisplay.get(key(header.get(i)));
            out.add(logical != null ? logical : byColumn.get(firstColumn + i));
        }
        return out;
    }
}
