package dev.p2caudit.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks cell by cell as raw SpreadsheetML, for tests that need cell types no
 * spreadsheet library writes on request ({@code t="d"}, {@code t="e"}, a number cell holding
 * text). Styles: 0 General, 1 built-in 22 (m/d/yyyy h:mm), 2 {@code "$"#,##0.00}, 3
 * {@code dd/mm/yyyy}, 4 built-in 14.
 */
final class RawXlsx {

    /** One cell: its {@code t} attribute ({@code null} for a number), style and value as written. */
    record RawCell(String type, int style, String value) {

        static RawCell shared(String text) {
            return new RawCell("s", 0, text);
        }

        static RawCell inline(String text) {
            return new RawCell("inlineStr", 0, text);
        }

        static RawCell of(String type, String value) {
            return new RawCell(type, 0, value);
        }

        static RawCell number(String value, int style) {
            return new RawCell(null, style, value);
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"&quot;$&quot;#,##0.00\"/><numFmt numFmtId=\"165\" "
            + "formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills><borders count=\"1\">"
            + "<border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"5\">"
            + "<xf numFmtId=\"0\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" "
            + "applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\" "
            + "applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    private RawXlsx() {
    }

    /**
     * One visible sheet whose rows start at sheet row {@code firstRow} and column
     * {@code firstColumn} (0-based), under a {@code Records} table when {@code table} is set.
     */
    static void write(Path file, List<List<RawCell>> rows, int firstColumn, int firstRow, boolean table)
            throws IOException {
        Map<String, Integer> strings = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><sheetData>");
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int number = firstRow + r;
            sheet.append("<row r=\"").append(number).append("\">");
            List<RawCell> row = rows.get(r);
            width = Math.max(width, row.size());
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) != null) {
                    sheet.append(cell(CellRange.letters(firstColumn + c) + number, row.get(c), strings));
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData>");
        String ref = CellRange.letters(firstColumn) + firstRow + ":" + CellRange.letters(firstColumn + width - 1)
                + (firstRow + Math.max(rows.size(), 2) - 1);
        if (table) {
            sheet.append("<tableParts count=\"1\"><tablePart r:id=\"rIdT\"/></tableParts>");
        }
        sheet.append("</worksheet>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>" + override("/xl/styles.xml", "styles")
                + override("/xl/sharedStrings.xml", "sharedStrings")
                + override("/xl/worksheets/sheet1.xml", "worksheet") + "</Types>");
        parts.put("_rels/.rels", XML + "<Relationships xmlns=\"" + PKG + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PKG + "\"><Relationship Id=\"rId1\""
                + " Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + REL + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + REL
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/styles.xml", STYLES);
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        if (table) {
            parts.put("xl/worksheets/_rels/sheet1.xml.rels", XML + "<Relationships xmlns=\"" + PKG + "\">"
                    + "<Relationship Id=\"rIdT\" Type=\"" + REL + "/table\" Target=\"../tables/table1.xml\"/>"
                    + "</Relationships>");
            parts.put("xl/tables/table1.xml", XML + "<table xmlns=\"" + MAIN + "\" id=\"1\" name=\"Records\" "
                    + "displayName=\"Records\" ref=\"" + ref + "\"><autoFilter ref=\"" + ref + "\"/></table>");
        }
        StringBuilder sst = new StringBuilder(XML).append("<sst xmlns=\"").append(MAIN).append("\">");
        strings.keySet().forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String cell(String ref, RawCell c, Map<String, Integer> strings) {
        String style = c.style() == 0 ? "" : " s=\"" + c.style() + "\"";
        if ("s".equals(c.type())) {
            int index = strings.computeIfAbsent(c.value(), k -> strings.size());
            return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
        }
        if ("inlineStr".equals(c.type())) {
            return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(c.value())
                    + "</t></is></c>";
        }
        String type = c.type() == null ? "" : " t=\"" + c.type() + "\"";
        return "<c r=\"" + ref + "\"" + type + style + "><v>" + escape(c.value()) + "</v></c>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml." + type + "+xml\"/>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rows of cells, built up in tests. */
    static List<List<RawCell>> rows() {
        return new ArrayList<>();
    }
}
