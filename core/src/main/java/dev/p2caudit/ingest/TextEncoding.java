package dev.p2caudit.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding of a CSV file.
 *
 * @param charset    how to decode it
 * @param bomLength  bytes of byte-order mark to skip
 * @param label      how it is reported ({@code UTF-8 with BOM}, {@code windows-1252}, …)
 */
record TextEncoding(Charset charset, int bomLength, String label) {

    static final TextEncoding UTF8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
    static final TextEncoding UTF8_BOM = new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
    static final TextEncoding UTF16LE_BOM = new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE with BOM");
    static final TextEncoding UTF16BE_BOM = new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE with BOM");
    static final TextEncoding UTF16LE = new TextEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
    static final TextEncoding UTF16BE = new TextEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
    static final TextEncoding WINDOWS_1252 = new TextEncoding(Charset.forName("windows-1252"), 0, "windows-1252");
}
