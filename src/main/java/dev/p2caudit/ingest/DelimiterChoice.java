package dev.p2caudit.ingest;

/**
 * Settles the delimiter. univocity's detector looks at a sample of rows; where it names a
 * delimiter that does not occur in the header line at all (a one-row file, say), the candidate
 * that splits the header most wins.
 */
final class DelimiterChoice {

    private DelimiterChoice() {
    }

    static char choose(String headerLine, char detected) {
        if (count(headerLine, detected) > 0) {
            return detected;
        }
        char best = detected;
        int bestCount = 0;
        for (char candidate : CsvRowSource.DELIMITERS) {
            int n = count(headerLine, candidate);
            if (n > bestCount) {
                best = candidate;
                bestCount = n;
            }
        }
        return best;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
