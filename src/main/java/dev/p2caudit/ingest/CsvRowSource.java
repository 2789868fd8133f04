package dev.p2caudit.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file with univocity-parsers. Line numbers are exact (a record starts on the line
 * after the previous one ended), blank lines are skipped, and a record that an unbalanced quote
 * ran across several lines is split again: its first line is rejected and the lines it swallowed
 * are parsed as rows of their own, so one stray quote does not lose the rest of the file.
 */
final class CsvRowSource implements RowSource {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** A value longer than this is an unclosed quote, not data; the parser stops rather than fill memory. */
    private static final int MAX_CHARS_PER_VALUE = 8 * 1024 * 1024;

    private final CsvParser parser;
    private final char delimiter;
    private final String encodingLabel;
    private final long lineOffset;
    private List<String> header = List.of();
    private int width;
    private long previousEnd;
    private CsvRowSource swallowed;
    private boolean stopped;

    private CsvRowSource(Reader in, char delimiter, String encodingLabel, long lineOffset) {
        this.parser = new CsvParser(settings(delimiter));
        this.delimiter = delimiter;
        this.encodingLabel = encodingLabel;
        this.lineOffset = lineOffset;
        parser.beginParsing(in);
    }

    static CsvRowSource open(Path file, TextEncoding encoding) throws IOException {
        char delimiter = sniffDelimiter(file, encoding);
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
        long firstLine = previousEnd + 1;
        String[] values;
        try {
            values = parser.parseNext();
        } catch (TextParsingException e) {
            stopped = true;
            return RawRow.malformed(firstLine + lineOffset, "the file cannot be read from this line on ("
                    + firstLineOf(e.getMessage()) + "); no row after it was loaded", null);
        }
        if (values == null) {
            stopped = true;
            return null;
        }
        String raw = hasLineBreak(values) ? parser.getContext().currentParsedContent() : null;
        long lastLine = firstLine + innerLineBreaks(raw);
        previousEnd = lastLine;
        if (lastLine > firstLine && width > 0 && cellCount(values) != width) {
            return splitSwallowed(firstLine + lineOffset, lastLine + lineOffset, values, raw);
        }
        return new RawRow(firstLine + lineOffset, values, null, null);
    }

    /**
     * Line breaks inside a record's raw text, not counting the one that ends it. univocity's own
     * line counter skips CRLF inside quotes when line endings are kept as written, so we count.
     */
    private static long innerLineBreaks(String raw) {
        if (raw == null) {
            return 0;
        }
        long breaks = 0;
        int end = raw.length();
        if (end > 0 && raw.charAt(end - 1) == '\n') {
            end -= end > 1 && raw.charAt(end - 2) == '\r' ? 2 : 1;
        } else if (end > 0 && raw.charAt(end - 1) == '\r') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= end || raw.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean hasLineBreak(String[] values) {
        for (String v : values) {
            if (v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** An unbalanced quote joined lines {@code start..end}: reject the first, re-read the others. */
    private RawRow splitSwallowed(long start, long end, String[] values, String raw) {
        int lineBreak = raw == null ? -1 : indexOfLineBreak(raw);
        if (lineBreak < 0) {
            return RawRow.malformed(start, "row has " + values.length + " cells, the header has " + width, null);
        }
        String rest = raw.substring(lineBreak + (raw.startsWith("\r\n", lineBreak) ? 2 : 1));
        swallowed = ofText(rest, delimiter, start + 1, width);
        return RawRow.malformed(start, "unbalanced quote: the line cannot be split into cells (lines " + start
                + "-" + end + " were re-read one by one)", raw.substring(0, lineBreak));
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

    /** univocity's detection, checked against the header line (a few data rows can mislead it). */
    private static char sniffDelimiter(Path file, TextEncoding encoding) throws IOException {
        CsvParserSettings detect = settings(',');
        detect.detectFormatAutomatically(DELIMITERS);
        CsvParser parser = new CsvParser(detect);
        char detected;
        try (Reader in = reader(file, encoding)) {
            parser.beginParsing(in);
            detected = parser.getDetectedFormat().getDelimiter();
            parser.stopParsing();
        }
        try (BufferedReader in = new BufferedReader(reader(file, encoding))) {
            String headerLine = in.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return DelimiterChoice.choose(headerLine, detected);
        }
    }

    private static CsvParserSettings settings(char delimiter) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(delimiter);
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(true);
        s.setNormalizeLineEndingsWithinQuotes(false);
        s.setSkipEmptyLines(false);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setMaxCharsPerColumn(MAX_CHARS_PER_VALUE);
        s.setMaxColumns(16_384);
        s.setErrorContentLength(80);
        s.setFormatDetectorRowSampleCount(50);
        return s;
    }

    private static Reader reader(Path file, TextEncoding encoding) throws IOException {
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

    private static String firstLineOf(String message) {
        String line = message == null ? "parser error" : message.lines().findFirst().orElse(message);
        return line.replace("com.univocity.parsers.common.TextParsingException - ", "");
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
    public void close() {
        parser.stopParsing();
        if (swallowed != null) {
            swallowed.close();
        }
    }
}
