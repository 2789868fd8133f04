package dev.p2caudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The few facts about a workbook's package that fastexcel-reader does not give: where each
 * sheet's XML lives, which Excel table ({@code Records} in a Sales export) lies on it and its
 * range, and whether the sheet has {@code t="d"} cells (which fastexcel-reader 0.19 cannot read,
 * see {@link DateTypedCells}). Only the small workbook, relationship and table parts are parsed;
 * the rows are left to fastexcel-reader.
 */
final class XlsxPackage {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A sheet as the workbook lists it: its relationship id, name, visibility and XML part. */
    record SheetPart(String relationshipId, String name, boolean hidden, String part) {
    }

    private final List<SheetPart> sheets;

    private XlsxPackage(List<SheetPart> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    static XlsxPackage read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, String> targets = relationshipTargets(zip, "xl/_rels/workbook.xml.rels", "xl/");
            List<SheetPart> sheets = new ArrayList<>();
            forEach(zip, "xl/workbook.xml", "sheet", r -> {
                String id = r.getAttributeValue(RELATIONSHIPS, "id");
                String state = r.getAttributeValue(null, "state");
                sheets.add(new SheetPart(id, r.getAttributeValue(null, "name"),
                        state != null && !state.equals("visible"), targets.get(id)));
            });
            return new XlsxPackage(sheets);
        }
    }

    List<SheetPart> sheets() {
        return sheets;
    }

    /** The first sheet a user sees; hidden sheets hold an export's metadata, never its data. */
    Optional<SheetPart> firstVisible() {
        return sheets.stream().filter(s -> !s.hidden()).findFirst();
    }

    /** The range of the first Excel table on the sheet, if it has one. */
    static Optional<CellRange> tableRange(Path file, SheetPart sheet) throws IOException {
        if (sheet.part() == null) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String folder = sheet.part().substring(0, sheet.part().lastIndexOf('/') + 1);
            String rels = folder + "_rels/" + sheet.part().substring(folder.length()) + ".rels";
            for (Map.Entry<String, String> rel : relationshipTargets(zip, rels, folder).entrySet()) {
                if (rel.getValue() == null || !rel.getValue().contains("/tables/")) {
                    continue;
                }
                List<String> refs = new ArrayList<>();
                forEach(zip, rel.getValue(), "table", r -> refs.add(r.getAttributeValue(null, "ref")));
                Optional<CellRange> range = refs.stream().map(CellRange::parse).flatMap(Optional::stream).findFirst();
                if (range.isPresent()) {
                    return range;
                }
            }
            return Optional.empty();
        }
    }

    /** {@code Id → part name}; relative targets are resolved against {@code folder}. */
    private static Map<String, String> relationshipTargets(ZipFile zip, String part, String folder)
            throws IOException {
        Map<String, String> targets = new LinkedHashMap<>();
        forEach(zip, part, "Relationship", r -> targets.put(r.getAttributeValue(null, "Id"),
                resolve(folder, r.getAttributeValue(null, "Target"))));
        return targets;
    }

    /** {@code ../tables/table1.xml} against {@code xl/worksheets/} is {@code xl/tables/table1.xml}. */
    static String resolve(String folder, String target) {
        if (target == null) {
            return null;
        }
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> parts = new ArrayList<>(List.of(folder.split("/")));
        parts.removeIf(String::isEmpty);
        for (String step : target.split("/")) {
            if (step.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!step.equals(".") && !step.isEmpty()) {
                parts.add(step);
            }
        }
        return String.join("/", parts);
    }

    private interface ElementVisitor {
        void visit(XMLStreamReader reader) throws XMLStreamException;
    }

    /** Calls {@code visitor} at each start of an element named {@code local}; a missing part has none. */
    private static void forEach(ZipFile zip, String part, String local, ElementVisitor visitor) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = xmlInput().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(local)) {
                        visitor.visit(reader);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(part + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** No DTDs or external entities: a workbook is untrusted input. */
    static XMLInputFactory xmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
