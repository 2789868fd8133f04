package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocking: the pairs the matcher finds without comparing every pair, against comparing every pair. */
class FuzzyMatcherTest {

    private static final double THRESHOLD = 0.92;

    @Test
    void blockingFindsEveryPairThatDoesNotDifferAtBothEndsOfTheName() {
        List<FuzzyRecord> records = new ArrayList<>();
        Random random = new Random(11);
        for (DistinctCompanies.Company c : DistinctCompanies.generate(2_000, 5)) {
            records.add(account(c.name(), c.city(), c.country()));
            if (random.nextInt(8) == 0) {
                records.add(account(misspell(c.name(), random), c.city(), c.country()));
            }
        }

        Set<String> found = pairs(new FuzzyMatcher(records, THRESHOLD).matches());
        Set<String> everyPair = everyMatchingPair(records);

        assertThat(found).hasSizeGreaterThan(200);
        assertThat(everyPair).containsAll(found);
        everyPair.removeIf(pair -> differAtBothEnds(records, pair));
        assertThat(found).isEqualTo(everyPair);
    }

    @Test
    void aBlockTooLargeToCompareInFullIsComparedByNeighboursInNameOrder() {
        List<FuzzyRecord> records = new ArrayList<>();
        for (String word : DistinctCompanies.SURNAMES) {
            for (String industry : DistinctCompanies.INDUSTRIES.subList(0, 12)) {
                records.add(account("North " + word + " " + industry, "Seattle", "US"));
            }
        }
        records.add(account("North Mercer Logistisc", "Seattle", "US"));

        List<FuzzyMatcher.Match> matches = new FuzzyMatcher(records, THRESHOLD).matches();

        assertThat(records.size()).isGreaterThan(FuzzyMatcher.MAX_BLOCK);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(records.get(m.first).name().shown()).isEqualTo("north mercer logistics");
            assertThat(records.get(m.second).name().shown()).isEqualTo("north mercer logistisc");
        });
    }

    @Test
    void aMatchNeedsASecondSignalAndRecordsEveryOneItShares() {
        List<FuzzyRecord> records = List.of(account("Contoso Ltd", "Seattle", "US"), account("Contoso", "Paris", "FR"),
                account("Contoso Limited", "seattle", "United States"));

        List<FuzzyMatcher.Match> matches = new FuzzyMatcher(records, THRESHOLD).matches();

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(List.of(m.first, m.second)).containsExactly(0, 2);
            assertThat(m.score).isEqualTo(1.0);
            assertThat(m.signals).containsEntry(MatchSignal.CITY, "seattle").containsEntry(MatchSignal.COUNTRY, "us");
        });
    }

    @Test
    void recordsOfTwoCompaniesNeverMatchHoweverAlike() {
        List<FuzzyRecord> records = List.of(ofCompany(account("Contoso Ltd", "Seattle", "US"), "USMF"),
                ofCompany(account("Contoso Limited", "Seattle", "US"), "DEMF"),
                ofCompany(account("Contoso", "Seattle", "US"), "USMF"));

        List<FuzzyMatcher.Match> matches = new FuzzyMatcher(records, THRESHOLD).matches();

        assertThat(matches).singleElement().satisfies(m -> assertThat(List.of(m.first, m.second)).containsExactly(0, 2));
    }

    private static FuzzyRecord ofCompany(FuzzyRecord r, String company) {
        return new FuzzyRecord(r.rid(), r.name(), r.signals(), company);
    }

    private static FuzzyRecord account(String name, String city, String country) {
        String[] signals = new String[MatchSignal.values().length];
        signals[MatchSignal.CITY.ordinal()] = MatchSignal.CITY.normalise(city);
        signals[MatchSignal.COUNTRY.ordinal()] = MatchSignal.COUNTRY.normalise(country);
        return new FuzzyRecord(0, NameFolding.organisation(name), signals);
    }

    /** One letter of the name inserted, deleted, replaced or swapped with its neighbour. */
    private static String misspell(String name, Random random) {
        StringBuilder s = new StringBuilder(name);
        int at = random.nextInt(s.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, letter);
            case 1 -> s.deleteCharAt(at);
            case 2 -> s.setCharAt(at, letter);
            default -> {
                char c = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, c);
            }
        }
        return s.toString();
    }

    /** Every pair, compared the slow way: a shared signal and a score at the threshold. */
    private static Set<String> everyMatchingPair(List<FuzzyRecord> records) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                if (shareASignal(records.get(i), records.get(j))
                        && NameSimilarity.score(records.get(i).name(), records.get(j).name()) >= THRESHOLD) {
                    pairs.add(i + "-" + j);
                }
            }
        }
        return pairs;
    }

    private static boolean shareASignal(FuzzyRecord a, FuzzyRecord b) {
        for (MatchSignal signal : MatchSignal.values()) {
            if (a.signal(signal) != null && a.signal(signal).equals(b.signal(signal))) {
                return true;
            }
        }
        return false;
    }

    /** Neither the first nor the last four letters agree: the misspelling the blocks cannot see. */
    private static boolean differAtBothEnds(List<FuzzyRecord> records, String pair) {
        String[] ij = pair.split("-");
        Set<String> keys = FuzzyMatcher.nameKeys(records.get(Integer.parseInt(ij[0])).name());
        return FuzzyMatcher.nameKeys(records.get(Integer.parseInt(ij[1])).name()).stream().noneMatch(keys::contains);
    }

    private static Set<String> pairs(List<FuzzyMatcher.Match> matches) {
        Set<String> pairs = new HashSet<>();
        matches.forEach(m -> pairs.add(m.first + "-" + m.second));
        return pairs;
    }
}
