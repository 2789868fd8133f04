package dev.p2caudit.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;

/**
 * Settles the delimiter from the start of the file: each candidate ({@code ,} {@code ;} tab
 * {@code |}) parses the first rows with FastCSV, quotes and all, and the one under which most
 * rows have as many cells as the header wins; then the one that splits the header most; then the
 * earlier candidate. A header that no candidate splits is read as one column of a comma file.
 */
final class DelimiterChoice {

    /** Enough text for the header and about fifty rows of a wide export. */
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_ROWS = 50;

    private DelimiterChoice() {
    }

    static char choose(Reader in) throws IOException {
        char[] buffer = new char[SAMPLE_CHARS];
        int filled = 0;
        for (int n = 0; n >= 0 && filled < SAMPLE_CHARS; n = in.read(buffer, filled, SAMPLE_CHARS - filled)) {
            filled += n;
        }
        return choose(new String(buffer, 0, filled));
    }

    static char choose(String sample) {
        char best = CsvRowSource.DELIMITERS[0];
        long bestScore = 0;
        for (char candidate : CsvRowSource.DELIMITERS) {
            long score = score(sample, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Rows with as many cells as the header, then the header's width; 0 when the header is not
     * split at all. Cells are counted as written, padding included, since padded exports pad alike.
     */
    @SuppressWarnings("removal") // read as CsvRowSource reads, see there
    private static long score(String sample, char delimiter) {
        int headerCells = -1;
        int headerWidth = 0;
        int matching = 0;
        int rows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(true)
                .ofCsvRecord(sample)) {
            for (CsvRecord record : reader) {
                if (headerCells < 0 && significantWidth(record) == 1 && record.getField(0).isBlank()) {
                    continue;
                }
                if (headerCells < 0) {
                    headerCells = record.getFieldCount();
                    headerWidth = significantWidth(record);
                } else if (++rows <= SAMPLE_ROWS) {
                    matching += record.getFieldCount() == headerCells ? 1 : 0;
                } else {
                    break;
                }
            }
        } catch (CsvParseException | IOException e) {
            // A sample the parser cannot finish (an open quote) still scored the rows before it.
        }
        return headerWidth < 2 ? 0 : (long) matching * 100_000 + headerWidth;
    }

    /** The header's cells once trailing empty ones are dropped. */
    private static int significantWidth(CsvRecord record) {
        int n = record.getFieldCount();
        while (n > 1 && record.getField(n - 1).isBlank()) {
            n--;
        }
        return n;
    }
}
