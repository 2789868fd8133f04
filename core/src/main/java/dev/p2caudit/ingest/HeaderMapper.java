package dev.p2caudit.ingest;

import dev.p2caudit.ingest.HeaderCatalog.Alias;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps each header of a file to a canonical column of its table, or keeps it as-is. Unknown and
 * related-table columns are kept (as text), never dropped; only the Excel export's checksum and
 * modified-on bookkeeping columns are ignored.
 */
final class HeaderMapper {

    private static final Set<String> EXCEL_BOOKKEEPING = Set.of("rowchecksum", "modifiedon");

    private final HeaderCatalog catalog;

    HeaderMapper(HeaderCatalog catalog) {
        this.catalog = catalog;
    }

    HeaderMapping map(TableKind table, List<String> headers, Snapshot snapshot) {
        List<MappedColumn> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        for (int i = 0; i < headers.size(); i++) {
            MappedColumn column = mapOne(table, i, headers.get(i), snapshot, used, votes);
            used.add(column.storedAs() == null ? "" : column.storedAs());
            columns.add(column);
        }
        return new HeaderMapping(columns, winner(votes));
    }

    private MappedColumn mapOne(TableKind table, int position, String header, Snapshot snapshot,
                                Set<String> used, Map<Dialect, Integer> votes) {
        if (header.isBlank()) {
            return keep(position, header, used, "no header; kept as-is");
        }
        Optional<String> bookkeeping = HeaderText.doNotModifyTarget(header)
                .filter(t -> EXCEL_BOOKKEEPING.contains(HeaderText.normalize(t)));
        if (bookkeeping.isPresent()) {
            return new MappedColumn(position, header, null, null, "Excel export bookkeeping; ignored");
        }
        Optional<Alias> alias = find(table, header, snapshot, used);
        String note = null;
        if (alias.isEmpty()) {
            Optional<String[]> split = HeaderText.splitTableSuffix(header);
            if (split.isPresent() && !namesTable(table, split.get()[1])) {
                return keep(position, header, used, "related-table column (" + split.get()[1].trim() + "); kept as-is");
            }
            if (split.isPresent()) {
                alias = find(table, split.get()[0], snapshot, used);
                note = "table suffix dropped";
            }
        }
        if (alias.isPresent()) {
            votes.merge(dialectOf(header, alias.get()), 1, Integer::sum);
            return new MappedColumn(position, header, alias.get().canonical(), alias.get().canonical(), note);
        }
        boolean duplicate = !catalogMatches(table, header, snapshot).isEmpty();
        return keep(position, header, used, duplicate
                ? "second column for " + catalogMatches(table, header, snapshot).get(0).canonical() + "; kept as-is"
                : "not in the catalogue; kept as-is");
    }

    /**
     * Several aliases can normalize alike — "Quote ID" (the quote number, display names) and
     * "quoteid" (the GUID, logical names) — so the header's own spelling decides: the alias written
     * exactly so, else one in the dialect the header is written in, else the first.
     */
    private Optional<Alias> find(TableKind table, String header, Snapshot snapshot, Set<String> used) {
        String written = header.trim();
        Dialect style = styleOf(written);
        return catalogMatches(table, header, snapshot).stream().filter(a -> !used.contains(a.canonical()))
                .min(java.util.Comparator.comparingInt(a -> a.header().equals(written) ? 0
                        : a.header().equalsIgnoreCase(written) ? 1 : a.dialect() == style ? 2 : 3));
    }

    private List<Alias> catalogMatches(TableKind table, String header, Snapshot snapshot) {
        return catalog.lookup(table, HeaderText.normalize(header), snapshot);
    }

    /** Whether {@code Order Product} in {@code X (Order Product)} is this file's own table. */
    private boolean namesTable(TableKind table, String name) {
        String words = HeaderText.words(name);
        return words.equals(HeaderText.words(table.displayName())) || catalog.fileNamePhrases(table).contains(words);
    }

    private static MappedColumn keep(int position, String header, Set<String> used, String note) {
        String base = "x_" + sanitize(header, position);
        String name = base;
        for (int n = 2; used.contains(name); n++) {
            name = base + "_" + n;
        }
        return new MappedColumn(position, header, null, name, note);
    }

    /** A plain SQL identifier from any header: ASCII letters, digits and underscores. */
    static String sanitize(String header, int position) {
        String ascii = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String plain = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            plain = "col" + (position + 1);
        }
        return plain.length() > 50 ? plain.substring(0, 50) : plain;
    }

    /** The catalogue knows each alias's dialect; when the header only matched loosely, its style decides. */
    private static Dialect dialectOf(String header, Alias alias) {
        return header.trim().equals(alias.header()) ? alias.dialect() : styleOf(header.trim());
    }

    /** Display names have spaces or mixed case, logical names are lower case, F&O fields upper case. */
    static Dialect styleOf(String header) {
        if (header.contains(" ") || header.startsWith("(")) {
            return Dialect.DISPLAY;
        }
        if (header.equals(header.toUpperCase(Locale.ROOT))) {
            return Dialect.FNO;
        }
        return header.equals(header.toLowerCase(Locale.ROOT)) ? Dialect.LOGICAL : Dialect.DISPLAY;
    }

    private static Dialect winner(Map<Dialect, Integer> votes) {
        Dialect best = Dialect.UNKNOWN;
        int bestVotes = 0;
        for (Dialect d : List.of(Dialect.DISPLAY, Dialect.LOGICAL, Dialect.FNO)) {
            int v = votes.getOrDefault(d, 0);
            if (v > bestVotes) {
                best = d;
                bestVotes = v;
            }
        }
        return best;
    }
}
