package dev.p2caudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Cells typed {@code t="d"} (an ISO 8601 date, or in Sales exports text such as
 * {@code 16/09/2020 02:37:27 PM}) stop fastexcel-reader 0.19 with "Unknown cell type : d", and no
 * later release is published (docs/adr/0012). A sheet that has such cells is therefore copied once,
 * with those cells retyped {@code t="str"} (a text result, which fastexcel-reader reads with its
 * value unchanged); the column's parser then reads the text as any other date text. Sheets
 * without them, nearly all, are read in place after a byte scan.
 */
final class DateTypedCells {

    private DateTypedCells() {
    }

    /** Whether the part's XML has a {@code t="d"} attribute (a false alarm only costs a copy). */
    static boolean present(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return contains(in);
            }
        }
    }

    /**
     * Looks at each {@code d} only (one comparison per byte in the common case), then at the four
     * bytes before it and the one after. The last five bytes of each block are carried over, so the
     * block's last byte is looked at with the next block's first.
     */
    static boolean contains(InputStream in) throws IOException {
        int carry = 5;
        byte[] buffer = new byte[(1 << 16) + carry];
        Arrays.fill(buffer, 0, carry, (byte) ' ');
        for (int n = in.readNBytes(buffer, carry, buffer.length - carry); n > 0;
             n = in.readNBytes(buffer, carry, buffer.length - carry)) {
            int end = carry + n;
            for (int i = carry - 1; i < end - 1; i++) {
                if (buffer[i] == 'd' && isMark(buffer, i)) {
                    return true;
                }
            }
            System.arraycopy(buffer, end - carry, buffer, 0, carry);
        }
        return false;
    }

    /** {@code  t="d"} or {@code  t='d'} around the {@code d} at {@code i}. */
    private static boolean isMark(byte[] b, int i) {
        byte quote = b[i - 1];
        return (quote == '"' || quote == '\'') && b[i + 1] == quote && b[i - 2] == '=' && b[i - 3] == 't'
                && isSpace(b[i - 4]);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** A temporary copy of the workbook whose {@code part} has its {@code t="d"} cells retyped. */
    static Path retypedCopy(Path file, String part) throws IOException {
        Path copy = Files.createTempFile("p2c-audit-", ".xlsx");
        try (ZipFile zip = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(part)) {
                        retype(in, out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    private static void retype(InputStream in, OutputStream out) throws IOException {
        XMLEventFactory events = XMLEventFactory.newInstance();
        try {
            XMLEventReader reader = XlsxPackage.xmlInput().createXMLEventReader(in, "UTF-8");
            XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                writer.add(isDateCell(event) ? retyped(event.asStartElement(), events) : event);
            }
            writer.flush();
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException("the worksheet is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static boolean isDateCell(XMLEvent event) {
        if (!event.isStartElement() || !event.asStartElement().getName().getLocalPart().equals("c")) {
            return false;
        }
        Attribute type = event.asStartElement().getAttributeByName(new QName("t"));
        return type != null && type.getValue().equals("d");
    }

    private static StartElement retyped(StartElement cell, XMLEventFactory events) {
        List<Attribute> attributes = new ArrayList<>();
        for (Iterator<Attribute> it = cell.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            attributes.add(a.getName().getLocalPart().equals("t") && a.getName().getNamespaceURI().isEmpty()
                    ? events.createAttribute("t", "str") : a);
        }
        return events.createStartElement(cell.getName(), attributes.iterator(), cell.getNamespaces());
    }
}
