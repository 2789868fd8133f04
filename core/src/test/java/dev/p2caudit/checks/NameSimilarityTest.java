package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The similarity against the default threshold (0.92): misspellings of one company score above
 * it; distinct companies that share words score below it, although Jaro-Winkler on the whole names
 * alone would put many of them above (shown as the second column).
 */
class NameSimilarityTest {

    private static final double THRESHOLD = Double.parseDouble(AuditProfile.DEFAULTS.get("fuzzyThreshold"));

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Contoso Ltd             | Contoso Limited
            Trey Research, Inc.     | Trey Research
            Åkesson Bygg AB         | Akesson Bygg AB
            Nrothwind Traders       | Northwind Traders
            Fabrikam Inc            | Fabrikan Inc
            Summit Ridge Outfitters | Summit Ridge Outfiters
            Harbor View Clinics     | Harborview Clinics
            Adventure Works Cycles  | Adventure Works Cycle
            Anna Lindqvist          | Anna Lindquist
            John Smith              | Jon Smith
            """)
    void misspellingsOfOneNameScoreAtLeastTheThreshold(String a, String b) {
        assertThat(score(a, b)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} / {2} (whole-name Jaro-Winkler {1})")
    @CsvSource(delimiter = '|', textBlock = """
            Pacific Foods           | 0.969 | Pacific Goods
            Metro Bank              | 0.960 | Metro Tank
            Northwind Traders       | 0.929 | Northwind Trading
            Lakeshore Marine        | 0.925 | Lakeshore Medical
            Alpine Bakery Group     | 0.914 | Alpine Brewery Group
            Trey Research           | 0.918 | Trey Research Partners
            Contoso Ltd             | 0.861 | Contoso Pharmaceuticals
            Maria Lopez             | 0.894 | Mario Lopes
            Daniel Kim              | 0.944 | Daniel King
            Contoso 17              | 0.960 | Contoso 18
            """)
    void distinctNamesThatShareWordsScoreBelowIt(String a, double wholeNameScore, String b) {
        String foldedA = NameFolding.organisation(a).shown();
        String foldedB = NameFolding.organisation(b).shown();

        assertThat(new JaroWinklerSimilarity().apply(foldedA, foldedB)).isCloseTo(wholeNameScore, within(0.0005));
        assertThat(score(a, b)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Contoso 17   | Contoso 18
            Store 4      | Store
            Trey Research | Trey Research Partners
            """)
    void differentNumbersOrAnExtraWordScoreZero(String a, String b) {
        assertThat(score(a, b)).isZero();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Contoso Ltd     | CONTOSO LIMITED
            Garcia Jose     | Garcia, José
            """)
    void namesEqualOnceFoldedScoreOne(String a, String b) {
        assertThat(score(a, b)).isEqualTo(1.0);
    }

    private static double score(String a, String b) {
        return NameSimilarity.score(NameFolding.organisation(a), NameFolding.organisation(b));
    }
}
