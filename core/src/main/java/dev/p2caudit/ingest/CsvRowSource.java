package dev.p2caudit.ingest;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a CSV file with FastCSV. Line numbers are exact (FastCSV counts every line break, inside
 * quotes too), blank lines are skipped, and a record that an unbalanced quote ran across several
 * lines is split again: its first line is rejected and the lines it swallowed are parsed as rows
 * of their own, so one stray quote does not lose the rest of the file. The raw text of those lines
 * comes from {@link RawLines}, which keeps what the parser read.
 */
final class CsvRowSource implements RowSource {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** A value longer than this is an unclosed quote, not data; the parser stops rather than fill memory. */
    private static final int MAX_CHARS_PER_VALUE = 8 * 1024 * 1024;
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final RawLines raw;
    private final char delimiter;
    private final String encodingLabel;
    private final long lineOffset;
    private List<String> header = List.of();
    private int width;
    private long nextLine = 1;
    private CsvRowSource swallowed;
    private boolean stopped;

    /*
     * allowExtraCharsAfterClosingQuote is deprecated for removal since FastCSV 4.4.0 (its issue 170),
     * with no replacement yet; without it '"a"b' stops the whole file instead of being read as
     * written (ADR 0009). The ingest tests fail if an upgrade changes that.
     */
    @SuppressWarnings("removal")
    private CsvRowSource(Reader in, char delimiter, String encodingLabel, long lineOffset) {
        this.raw = new RawLines(in);
        this.reader = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(true)
                // Width is judged by RowConverter, with the line and the header in the message.
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                // 'a"b' and '"a"b' are read as written, as spreadsheets do, instead of failing the file.
                .allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(true)
                .detectBomHeader(false).maxBufferSize(MAX_CHARS_PER_VALUE).ofCsvRecord(raw);
        this.records = reader.iterator();
        this.delimiter = delimiter;
        this.encodingLabel = encodingLabel;
        this.lineOffset = lineOffset;
    }

    static CsvRowSource open(Path file, TextEncoding encoding) throws IOException {
        char delimiter;
        try (Reader in = reader(file, encoding)) {
            delimiter = DelimiterChoice.choose(in);
        }
        CsvRowSource source = new CsvRowSource(reader(file, encoding), delimiter, encoding.label(), 0);
        source.readHeader();
        return source;
    }

    /** Rows of a piece of text that starts on line {@code firstLine}, with a known row width. */
    private static CsvRowSource ofText(String text, char delimiter, long firstLine, int width) {
        CsvRowSource source = new CsvRowSource(new StringReader(text), delimiter, "", firstLine - 1);
        source.width = width;
        return source;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() {
        while (true) {
            if (swallowed != null) {
                RawRow row = swallowed.next();
                if (row != null) {
                    return row;
                }
                swallowed = null;
            }
            RawRow row = stopped ? null : parseOne();
            if (row == null || !row.isBlank()) {
                return row;
            }
        }
    }

    private RawRow parseOne() {
        CsvRecord record;
        try {
            if (!records.hasNext()) {
                stopped = true;
                return null;
            }
            record = records.next();
        } catch (CsvParseException e) {
            stopped = true;
            return RawRow.malformed(failedLine(e) + lineOffset, "the file cannot be read from this line on ("
                    + reasonOf(e) + "); no row after it was loaded", null);
        }
        long firstLine = record.getStartingLineNumber();
        String[] values = record.getFields().toArray(String[]::new);
        long lastLine = firstLine + innerLineBreaks(values);
        raw.release(firstLine);
        nextLine = lastLine + 1;
        if (lastLine > firstLine && width > 0 && cellCount(values) != width) {
            return splitSwallowed(firstLine, lastLine, values);
        }
        return new RawRow(firstLine + lineOffset, values, null, null);
    }

    /**
     * Line breaks inside a record's values: only quoted values hold them, as written. One that
     * ends the last value is the file's end inside an open quote, not another line.
     */
    private static long innerLineBreaks(String[] values) {
        long breaks = 0;
        for (int v = 0; v < values.length; v++) {
            String s = values[v];
            int end = s.length();
            if (v == values.length - 1 && end > 0 && s.charAt(end - 1) == '\n') {
                end -= end > 1 && s.charAt(end - 2) == '\r' ? 2 : 1;
            } else if (v == values.length - 1 && end > 0 && s.charAt(end - 1) == '\r') {
                end--;
            }
            for (int i = 0; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= end || s.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** An unbalanced quote joined lines {@code start..end}: reject the first, re-read the others. */
    private RawRow splitSwallowed(long start, long end, String[] values) {
        String text = raw.lines(start, end);
        int lineBreak = indexOfLineBreak(text);
        if (lineBreak < 0) {
            return RawRow.malformed(start + lineOffset, "row has " + values.length + " cells, the header has " + width,
                    null);
        }
        String rest = text.substring(lineBreak + (text.startsWith("\r\n", lineBreak) ? 2 : 1));
        swallowed = ofText(rest, delimiter, start + lineOffset + 1, width);
        return RawRow.malformed(start + lineOffset, "unbalanced quote: the line cannot be split into cells (lines "
                + (start + lineOffset) + "-" + (end + lineOffset) + " were re-read one by one)",
                text.substring(0, lineBreak));
    }

    private void readHeader() {
        RawRow row = next();
        if (row == null || row.malformed() != null) {
            return;
        }
        String[] cells = row.values();
        int last = cells.length - 1;
        while (last >= 0 && (cells[last] == null || cells[last].isBlank())) {
            last--;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            names.add(cells[i] == null ? "" : cells[i].replace("\uFEFF", "").trim());
        }
        header = List.copyOf(names);
        width = header.size();
    }

    /** Cells once trailing empty ones beyond the header's width are dropped. */
    private int cellCount(String[] values) {
        int n = values.length;
        while (n > width && (values[n - 1] == null || values[n - 1].isEmpty())) {
            n--;
        }
        return n;
    }

    static Reader reader(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static int indexOfLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** FastCSV names the record's first line in its message; its cause says what went wrong. */
    private long failedLine(CsvParseException e) {
        Matcher m = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : nextLine;
    }

    private static String reasonOf(CsvParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof UncheckedIOException || cause instanceof IOException) {
            throw new UncheckedIOException(new IOException(cause.getMessage(), cause));
        }
        String message = cause.getMessage() == null ? "parser error" : cause.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    @Override
    public boolean fixedWidth() {
        return true;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String encodingLabel() {
        return encodingLabel;
    }

    @Override
    public String delimiter() {
        return String.valueOf(delimiter);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (swallowed != null) {
            swallowed.close();
        }
    }
}
