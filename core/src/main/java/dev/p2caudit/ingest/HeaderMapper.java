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
import java.util.regex.Pattern;

/**
 * Maps each header of a file to a canonical column of its table, or keeps it as-is. Unknown and
 * related-table columns are kept (as text), never dropped; only the Excel export's checksum and
 * modified-on bookkeeping columns are ignored.
 */
final class HeaderMapper {

    private static final Set<String> EXCEL_BOOKKEEPING = Set.of("rowchecksum", "modifiedon");
    /** A lower-case letter followed by an upper-case one: {@code CustomerAccount}, {@code dataAreaId}. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("\\p{Ll}\\p{Lu}");

    private final HeaderCatalog catalog;

    HeaderMapper(HeaderCatalog catalog) {
        this.catalog = catalog;
    }

    HeaderMapping map(TableKind table, List<String> headers, Snapshot snapshot) {
        return map(table, headers, List.of(), List.of(), snapshot);
    }

    /**
     * @param logicalNames each header's logical name where the file says it (a workbook's hidden
     *                     sheet), {@code null} in its place where not; may be empty
     * @param sample       the first data rows, to tell a column of record GUIDs from a lookup
     */
    HeaderMapping map(TableKind table, List<String> headers, List<String> logicalNames, List<RawRow> sample,
                      Snapshot snapshot) {
        MappedColumn[] columns = new MappedColumn[headers.size()];
        Set<String> used = new HashSet<>();
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        List<Integer> fallbacks = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            Header header = new Header(i, headers.get(i), i < logicalNames.size() ? logicalNames.get(i) : null);
            if (onlyFallback(table, header, snapshot)) {
                fallbacks.add(i);
                continue;
            }
            columns[i] = mapOne(table, header, snapshot, used, votes, sample, false);
            used.add(columns[i].storedAs() == null ? "" : columns[i].storedAs());
        }
        // A second choice (DELIVERYADDRESSCITY for the city) only when the first is not in the file.
        for (int i : fallbacks) {
            columns[i] = mapOne(table, new Header(i, headers.get(i), null), snapshot, used, votes, sample, true);
            used.add(columns[i].storedAs() == null ? "" : columns[i].storedAs());
        }
        return new HeaderMapping(List.of(columns), winner(votes));
    }

    /** A header at its position, with its logical name when the file gives one. */
    private record Header(int position, String text, String logical) {
    }

    private boolean onlyFallback(TableKind table, Header header, Snapshot snapshot) {
        List<Alias> matches = catalogMatches(table, header.text(), snapshot, true);
        return !matches.isEmpty() && matches.stream().allMatch(Alias::fallback)
                && (header.logical() == null || catalogMatches(table, header.logical(), snapshot, false).isEmpty());
    }

    private MappedColumn mapOne(TableKind table, Header h, Snapshot snapshot, Set<String> used,
                                Map<Dialect, Integer> votes, List<RawRow> sample, boolean fallback) {
        int position = h.position();
        String header = h.text();
        if (header.isBlank()) {
            return keep(position, header, used, "no header; kept as-is");
        }
        Optional<String> bookkeeping = HeaderText.doNotModifyTarget(header)
                .filter(t -> EXCEL_BOOKKEEPING.contains(HeaderText.normalize(t)));
        if (bookkeeping.isPresent()) {
            return new MappedColumn(position, header, null, null, "Excel export bookkeeping; ignored");
        }
        Optional<Alias> byLogical = h.logical() == null ? Optional.empty()
                : find(table, h.logical(), snapshot, used, false);
        if (byLogical.isPresent() && !byLogical.get().header().equalsIgnoreCase(header.trim())
                && catalogMatches(table, header, snapshot, false).stream()
                        .noneMatch(a -> a.canonical().equals(byLogical.get().canonical()))) {
            votes.merge(Dialect.DISPLAY, 1, Integer::sum); // only Sales' Excel exports have a hidden sheet
            return new MappedColumn(position, header, byLogical.get().canonical(), byLogical.get().canonical(),
                    "logical name " + h.logical() + " (hidden sheet)");
        }
        Optional<Alias> alias = byLogical.isPresent() ? byLogical : find(table, header, snapshot, used, fallback);
        String note = fallback && alias.isPresent() ? "second choice: no other column for it" : null;
        if (alias.isEmpty()) {
            Optional<String[]> split = HeaderText.splitTableSuffix(header);
            if (split.isPresent() && !namesTable(table, split.get()[1])) {
                return keep(position, header, used, "related-table column (" + split.get()[1].trim() + "); kept as-is");
            }
            if (split.isPresent()) {
                alias = find(table, split.get()[0], snapshot, used, fallback);
                note = "table suffix dropped";
            }
        }
        if (alias.isPresent()) {
            votes.merge(dialectOf(header, alias.get()), 1, Integer::sum);
            return new MappedColumn(position, header, alias.get().canonical(), alias.get().canonical(), note);
        }
        if (namesOwnTable(table, header) && !used.contains("id") && RecordIds.allGuids(sample, position)) {
            votes.merge(Dialect.DISPLAY, 1, Integer::sum);
            return new MappedColumn(position, header, "id", "id", "headed by the table's name, holds record GUIDs");
        }
        List<Alias> matches = catalogMatches(table, header, snapshot, true);
        return keep(position, header, used, !matches.isEmpty()
                ? "second column for " + matches.get(0).canonical() + "; kept as-is"
                : "not in the catalogue; kept as-is");
    }

    /** The modern Sales export heads its GUID column {@code Account}, {@code Contact}, {@code Product}. */
    private static boolean namesOwnTable(TableKind table, String header) {
        return HeaderText.normalize(header).equals(HeaderText.normalize(table.displayName()));
    }

    /**
     * Several aliases can normalize alike — "Quote ID" (the quote number, display names) and
     * "quoteid" (the GUID, logical names) — so the header's own spelling decides: the alias written
     * exactly so, else one in the dialect the header is written in, else the first.
     */
    private Optional<Alias> find(TableKind table, String header, Snapshot snapshot, Set<String> used,
                                 boolean fallback) {
        String written = header.trim();
        Dialect style = styleOf(written);
        return catalogMatches(table, header, snapshot, fallback).stream().filter(a -> !used.contains(a.canonical()))
                .min(java.util.Comparator.comparingInt(a -> a.header().equals(written) ? 0
                        : a.header().equalsIgnoreCase(written) ? 1 : a.dialect() == style ? 2 : 3));
    }

    private List<Alias> catalogMatches(TableKind table, String header, Snapshot snapshot, boolean fallback) {
        return catalog.lookup(table, HeaderText.normalize(header), snapshot).stream()
                .filter(a -> fallback || !a.fallback()).toList();
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

    /**
     * Display names have spaces, logical names are lower case, F&amp;O fields upper case
     * ({@code CUSTOMERACCOUNT}) or, from F&amp;O's OData service, Pascal/camel case without spaces
     * ({@code CustomerAccount}, {@code dataAreaId}): both are the F&amp;O dialect. One capitalised
     * word ({@code Kontoname}) is a display name.
     */
    static Dialect styleOf(String header) {
        if (header.contains(" ") || header.startsWith("(")) {
            return Dialect.DISPLAY;
        }
        if (header.equals(header.toUpperCase(Locale.ROOT))) {
            return Dialect.FNO;
        }
        if (header.equals(header.toLowerCase(Locale.ROOT))) {
            return Dialect.LOGICAL;
        }
        return CAMEL_HUMP.matcher(header).find() ? Dialect.FNO : Dialect.DISPLAY;
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
