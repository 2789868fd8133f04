package dev.p2caudit.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two folded names are, from 0 to 1, by Jaro-Winkler (Apache Commons Text).
 *
 * <p>Jaro-Winkler rewards a shared beginning, so distinct names that share their first words score
 * high: "lakeshore marine" and "lakeshore medical" 0.93, "pacific foods" and "pacific goods" 0.97,
 * although the word that differs is what tells the companies apart. The score is therefore the
 * lower of two Jaro-Winkler scores: of the whole names, and of the words they do not share
 * ("marine" / "medical": 0.70). A misspelling keeps both high ("northwind traders" / "nrothwind
 * traders": 0.98 and 0.96); a name with a word the other lacks ("trey research partners") scores
 * 0 on the second. Numbers must be equal: "contoso 17" and "contoso 18" are two records.
 */
final class NameSimilarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    static double score(NameFolding.Folded a, NameFolding.Folded b) {
        return score(a, b, 0);
    }

    /**
     * The score when it is at least {@code floor}; below it, any lower value, found as cheaply as
     * possible: the words that differ are compared first, as they tell distinct names apart.
     */
    static double score(NameFolding.Folded a, NameFolding.Folded b, double floor) {
        if (!a.numbers().equals(b.numbers())) {
            return 0;
        }
        if (a.words().equals(b.words())) {
            return 1;
        }
        double differing = differingWords(a.words(), b.words());
        return differing < floor ? differing : Math.min(differing, JARO_WINKLER.apply(a.words(), b.words()));
    }

    /** Jaro-Winkler of the words left once the words both names have are taken out of each. */
    private static double differingWords(String a, String b) {
        List<String> left = new ArrayList<>(Arrays.asList(a.split(" ")));
        List<String> right = new ArrayList<>(Arrays.asList(b.split(" ")));
        for (String word : List.copyOf(left)) {
            if (right.remove(word)) {
                left.remove(word);
            }
        }
        if (left.isEmpty() && right.isEmpty()) {
            return 1; // the same words in another order: the whole-name score decides
        }
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        return JARO_WINKLER.apply(String.join(" ", left), String.join(" ", right));
    }
}
