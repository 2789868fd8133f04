package dev.p2caudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The header aliases of SCHEMA.md, loaded from {@code headers.json}: for each table, which header
 * (in which dialect, for which snapshot) means which canonical column, and which phrases in a file
 * name point at the table.
 */
final class HeaderCatalog {

    /**
     * One way of writing a canonical column's header; a {@code fallback} one maps only when no
     * other header of the file does ({@code DELIVERYADDRESSCITY} when there is no {@code ADDRESSCITY}).
     */
    record Alias(String canonical, String header, Dialect dialect, Snapshot onlyFor, boolean fallback) {

        boolean appliesTo(Snapshot snapshot) {
            return onlyFor == null || onlyFor == snapshot;
        }
    }

    private static final Map<String, Dialect> DIALECT_KEYS = new LinkedHashMap<>();

    static {
        DIALECT_KEYS.put("display", Dialect.DISPLAY);
        DIALECT_KEYS.put("logical", Dialect.LOGICAL);
        DIALECT_KEYS.put("fno", Dialect.FNO);
    }

    private static final HeaderCatalog STANDARD = load("headers.json");

    private final Map<TableKind, Map<String, List<Alias>>> aliases = new EnumMap<>(TableKind.class);
    private final Map<TableKind, List<String>> fileNamePhrases = new EnumMap<>(TableKind.class);

    private HeaderCatalog() {
    }

    static HeaderCatalog standard() {
        return STANDARD;
    }

    /** The aliases a normalized header can be, for this table and snapshot, best first. */
    List<Alias> lookup(TableKind table, String normalizedHeader, Snapshot snapshot) {
        List<Alias> found = aliases.get(table).getOrDefault(normalizedHeader, List.of());
        return found.stream().filter(a -> a.appliesTo(snapshot)).toList();
    }

    /** The canonical columns the catalogue has at least one alias for. */
    Set<String> columnsWithAliases(TableKind table) {
        Set<String> columns = new TreeSet<>();
        aliases.get(table).values().forEach(list -> list.forEach(a -> columns.add(a.canonical())));
        return columns;
    }

    /** File-name phrases of a table, already in {@link HeaderText#words} form. */
    List<String> fileNamePhrases(TableKind table) {
        return fileNamePhrases.get(table);
    }

    static HeaderCatalog load(String resource) {
        try (InputStream in = HeaderCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            HeaderCatalog catalog = new HeaderCatalog();
            JsonNode root = new ObjectMapper().readTree(in);
            for (TableKind table : TableKind.values()) {
                JsonNode node = root.get(table.id());
                if (node == null) {
                    throw new IllegalStateException(resource + " has no entry for " + table.id());
                }
                catalog.read(table, node);
            }
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void read(TableKind table, JsonNode node) {
        List<String> phrases = new ArrayList<>();
        node.get("fileNames").forEach(p -> phrases.add(HeaderText.words(p.asText())));
        fileNamePhrases.put(table, List.copyOf(phrases));
        Map<String, List<Alias>> byHeader = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> columns = node.get("columns").properties().iterator();
        while (columns.hasNext()) {
            Map.Entry<String, JsonNode> column = columns.next();
            String canonical = column.getKey();
            if (table.column(canonical).isEmpty()) {
                throw new IllegalStateException("headers.json: " + table.id() + " has no column " + canonical);
            }
            DIALECT_KEYS.forEach((key, dialect) -> column.getValue().path(key).forEach(
                    h -> add(byHeader, canonical, h.asText(), dialect, false)));
            column.getValue().path("fallback").forEach(h -> add(byHeader, canonical, h.asText(),
                    HeaderMapper.styleOf(h.asText()), true));
        }
        aliases.put(table, byHeader);
    }

    private static void add(Map<String, List<Alias>> byHeader, String canonical, String written, Dialect dialect,
                            boolean fallback) {
        Snapshot onlyFor = null;
        String header = written;
        int at = written.lastIndexOf('@');
        if (at > 0) {
            onlyFor = Snapshot.parse(written.substring(at + 1));
            header = written.substring(0, at);
        }
        byHeader.computeIfAbsent(HeaderText.normalize(header), k -> new ArrayList<>())
                .add(new Alias(canonical, header, dialect, onlyFor, fallback));
    }
}
