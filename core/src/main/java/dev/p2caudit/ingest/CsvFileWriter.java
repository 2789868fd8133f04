package dev.p2caudit.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV files the way exports come: in a chosen encoding (with or without a byte-order
 * mark), delimiter and line separator, quoting every value or only those that need it. Quoting
 * of delimiters, quotes and line breaks inside values is FastCSV's job, which is also why this
 * class lives here: the CSV library stays behind the {@code ingest} package.
 *
 * <p>A character the encoding cannot represent fails the write instead of turning into
 * {@code ?}: a test file that silently lost its accents would test nothing.
 */
public final class CsvFileWriter implements Closeable {

    /** The text encodings exports come in, labelled as the importer reports them. */
    public enum Encoding {
        UTF8(StandardCharsets.UTF_8, new byte[0], "UTF-8"),
        UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8 with BOM"),
        /** F&amp;O's "CSV-Unicode". */
        UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE with BOM"),
        WINDOWS_1252(Charset.forName("windows-1252"), new byte[0], "windows-1252");

        private final Charset charset;
        private final byte[] bom;
        private final String label;

        Encoding(Charset charset, byte[] bom, String label) {
            this.charset = charset;
            this.bom = bom;
            this.label = label;
        }

        public Charset charset() {
            return charset;
        }

        /** As {@code inspect} reports it: {@code UTF-8 with BOM}, {@code windows-1252}, … */
        public String label() {
            return label;
        }
    }

    /**
     * How a file is written.
     *
     * @param encoding      text encoding and byte-order mark
     * @param delimiter     {@code ,}, {@code ;}, tab or {@code |}
     * @param lineSeparator {@code \r\n} or {@code \n}
     * @param quoteAll      quote every value (as F&amp;O does), or only values that need it
     */
    public record Style(Encoding encoding, char delimiter, String lineSeparator, boolean quoteAll) {

        public Style {
            Objects.requireNonNull(encoding, "encoding");
            if (!"\r\n".equals(lineSeparator) && !"\n".equals(lineSeparator)) {
                throw new IllegalArgumentException("line separator must be CRLF or LF");
            }
        }

        /** CRLF lines, values quoted only when needed: what Excel and most exporters write. */
        public static Style of(Encoding encoding, char delimiter) {
            return new Style(encoding, delimiter, "\r\n", false);
        }

        public Style withLineSeparator(String separator) {
            return new Style(encoding, delimiter, separator, quoteAll);
        }

        public Style withQuoteAll(boolean all) {
            return new Style(encoding, delimiter, lineSeparator, all);
        }
    }

    private final CsvWriter writer;
    private final LineCounter lines;
    private final String lineSeparator;

    private CsvFileWriter(CsvWriter writer, LineCounter lines, String lineSeparator) {
        this.writer = writer;
        this.lines = lines;
        this.lineSeparator = lineSeparator;
    }

    /** Creates (or replaces) the file and writes the header row. */
    public static CsvFileWriter open(Path file, Style style, List<String> header) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        try {
            out.write(style.encoding().bom);
            Writer text = new OutputStreamWriter(out, style.encoding().charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            LineCounter counter = new LineCounter(new BufferedWriter(text, 1 << 16));
            CsvFileWriter csv = new CsvFileWriter(writer(style, counter), counter, style.lineSeparator());
            csv.row(header);
            return csv;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Values are written exactly as given: no trimming, no rewriting of line breaks inside quotes;
     * a value is quoted when it holds the delimiter, a quote or a line break (or always, if asked).
     * FastCSV's own buffer is off: {@link #blankLine} writes past it, and the order must hold.
     */
    private static CsvWriter writer(Style style, Writer out) {
        return CsvWriter.builder().fieldSeparator(style.delimiter()).quoteCharacter('"')
                .quoteStrategy(style.quoteAll() ? QuoteStrategies.ALWAYS : QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.of(style.lineSeparator())).bufferSize(0).build(out);
    }

    /** One row; {@code null} is written as an empty value. */
    public void row(String... values) {
        write(() -> writer.writeRecord(values));
    }

    public void row(List<String> values) {
        row(values.toArray(String[]::new));
    }

    /** An empty line, as exports sometimes have between or after rows. */
    public void blankLine() {
        write(() -> lines.write(lineSeparator));
    }

    /** The 1-based line the next row will start on; line breaks inside quoted values count. */
    public long nextLine() {
        return lines.count + 1;
    }

    /** Flushes and closes; an encoding failure still buffered surfaces here. */
    @Override
    public void close() throws IOException {
        writer.close();
    }

    private interface Write {
        void run() throws IOException;
    }

    /** FastCSV passes the writer's {@link IOException} (an unmappable character, a full disk) on unchecked. */
    private static void write(Write action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the line feeds that pass, so rows can be told where they start. */
    private static final class LineCounter extends FilterWriter {
        private long count;

        LineCounter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            count += c == '\n' ? 1 : 0;
            super.write(c);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                count += buffer[i] == '\n' ? 1 : 0;
            }
            super.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                count += text.charAt(i) == '\n' ? 1 : 0;
            }
            super.write(text, offset, length);
        }
    }
}
