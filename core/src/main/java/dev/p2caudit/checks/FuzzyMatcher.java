package dev.p2caudit.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pairs of records whose names score at least the threshold ({@link NameSimilarity})
 * and that share a second signal, without comparing every pair. Records are blocked by signal
 * value (same city, same phone…) combined with a name key — the first four and the last four
 * letters of the folded name, with its numbers — so only records that already share a signal and
 * a beginning or an ending are compared: a misspelling rarely touches both ends of a name. A block
 * that is still large (a common name start in a big city) is compared by a sliding window in name
 * order instead of pair by pair, which keeps the cost near-linear whatever the data.
 */
final class FuzzyMatcher {

    /** Blocks up to this size are compared pair by pair. */
    static final int MAX_BLOCK = 1_000;
    /** Beyond it, each record is compared with this many neighbours in name order. */
    static final int WINDOW = 50;
    private static final int KEY_LETTERS = 4;

    /** Two records (indexes into the list) with similar names that share at least one signal. */
    static final class Match {
        final int first;
        final int second;
        final double score;
        final Map<MatchSignal, String> signals = new EnumMap<>(MatchSignal.class);

        Match(int first, int second, double score) {
            this.first = first;
            this.second = second;
            this.score = score;
        }
    }

    private final List<FuzzyRecord> records;
    private final double threshold;
    private final Map<Long, Match> matches = new HashMap<>();
    /** Each record's name keys, worked out once for all signals. */
    private final List<List<String>> nameKeys;

    FuzzyMatcher(List<FuzzyRecord> records, double threshold) {
        this.records = records;
        this.threshold = threshold;
        this.nameKeys = records.stream().map(r -> List.copyOf(nameKeys(r.name()))).toList();
    }

    /** Every matching pair, with every signal it shares, in record order. */
    List<Match> matches() {
        for (MatchSignal signal : MatchSignal.values()) {
            for (List<Integer> block : blocks(signal).values()) {
                compareWithin(block, signal);
            }
        }
        List<Match> found = new ArrayList<>(matches.values());
        found.sort(Comparator.<Match>comparingInt(m -> m.first).thenComparingInt(m -> m.second));
        return found;
    }

    /**
     * Records by (name key, signal value). The key is a pair of the strings themselves, not their
     * concatenation: a string's hash is worked out once, and no key text is built per record and signal.
     */
    private Map<BlockKey, List<Integer>> blocks(MatchSignal signal) {
        Map<BlockKey, List<Integer>> blocks = new HashMap<>(records.size() * 4);
        for (int i = 0; i < records.size(); i++) {
            String value = records.get(i).signal(signal);
            if (value != null) {
                for (String nameKey : nameKeys.get(i)) {
                    blocks.computeIfAbsent(new BlockKey(nameKey, value), k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return blocks;
    }

    /** A block: records with one name key and one value of a signal. */
    private record BlockKey(String nameKey, String value) {
    }

    /** The first and the last letters of the name, each with the name's numbers (which must be equal). */
    static Set<String> nameKeys(NameFolding.Folded name) {
        String letters = name.words().replace(" ", "");
        Set<String> keys = new LinkedHashSet<>();
        keys.add(letters.substring(0, Math.min(KEY_LETTERS, letters.length())) + '|' + name.numbers());
        keys.add(letters.substring(Math.max(0, letters.length() - KEY_LETTERS)) + '|' + name.numbers());
        return keys;
    }

    private void compareWithin(List<Integer> block, MatchSignal signal) {
        if (block.size() <= MAX_BLOCK) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    compare(block.get(i), block.get(j), signal);
                }
            }
            return;
        }
        List<Integer> byName = new ArrayList<>(block);
        byName.sort(Comparator.comparing(i -> records.get(i).name().words()));
        for (int i = 0; i < byName.size(); i++) {
            for (int j = i + 1; j <= i + WINDOW && j < byName.size(); j++) {
                compare(byName.get(i), byName.get(j), signal);
            }
        }
    }

    private void compare(int i, int j, MatchSignal signal) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        long pair = ((long) first << 32) | second;
        Match match = matches.get(pair);
        if (match == null) {
            if (!records.get(first).sameCompany(records.get(second))) {
                return; // Records of two companies are two records, however alike.
            }
            double score = NameSimilarity.score(records.get(first).name(), records.get(second).name(), threshold);
            if (score < threshold) {
                return;
            }
            match = new Match(first, second, score);
            matches.put(pair, match);
        }
        match.signals.putIfAbsent(signal, records.get(first).signal(signal));
    }
}
