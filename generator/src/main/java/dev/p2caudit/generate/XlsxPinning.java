package dev.p2caudit.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook reproducible. fastexcel stamps {@code docProps/core.xml} with the current
 * time ({@code dcterms:created}); this copies the workbook entry by entry into its final file,
 * with that stamp set to the export time and every zip entry dated the same fixed moment.
 */
final class XlsxPinning {

    private static final String CORE = "docProps/core.xml";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private XlsxPinning() {
    }

    /**
     * Copies {@code workbook} (as fastexcel wrote it) to {@code target}, pinned. The workbook is
     * read through its central directory: fastexcel streams Zip64 data descriptors, which
     * {@link java.util.zip.ZipInputStream} misreads.
     */
    static void write(Path workbook, LocalDateTime created, Path target) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(created);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals(CORE)) {
                        out.write(pinCreated(data.readAllBytes(), created));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static byte[] pinCreated(byte[] core, LocalDateTime created) {
        String xml = new String(core, StandardCharsets.UTF_8);
        String pinned = xml.replaceFirst("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                "$1" + W3C.format(created) + "$2");
        return pinned.getBytes(StandardCharsets.UTF_8);
    }
}
