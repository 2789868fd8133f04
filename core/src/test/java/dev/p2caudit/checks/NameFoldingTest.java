package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fuzzy rules fold away before they compare names, and what they keep. */
class NameFoldingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Corp", "Corp.",
        "Corporation", "GmbH", "G.m.b.H.", "AG", "AB", "Oy", "SA", "S.A.", "BV", "B.V.", "NV", "N.V.", "plc", "PLC",
        "Co", "Co.", "Company", "SARL", "KG", "ApS", "Lda", "SL", "Srl", "SpA", "ehf", "AS", "Pty"})
    void aLegalFormAtTheEndGoes(String legalForm) {
        assertThat(organisation("Contoso " + legalForm)).isEqualTo("contoso");
        assertThat(organisation("Contoso, " + legalForm)).isEqualTo("contoso");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTOSO                      | contoso
            Société Lumière              | societe lumiere
            Åkesson Bygg                 | akesson bygg
            Nordström Möbler             | nordstrom mobler
            Dansk Møbeldesign            | dansk mobeldesign
            Weiß Straße                  | weiss strasse
            Æble Œuvre                   | aeble oeuvre
            Łódź Wróbel                  | lodz wrobel
            Trey Research, Inc.          | trey research
            Margie's Travel              | margies travel
            Adventure-Works Cycles       | adventure works cycles
            City Power & Light           | city power light
            City Power and Light         | city power light
            Müller GmbH & Co. KG         | muller
            Smith and Co.                | smith
            AB Volvo                     | volvo
            The Phone Company            | phone
            J.P. Morgan                  | jp morgan
            Ironwood Timber Co. Ltd      | ironwood timber
            Inc. Magazine                | inc magazine
            AG Barr plc                  | ag barr
            '   Fourth   Coffee  '       | fourth coffee
            """)
    void caseAccentsPunctuationAndLegalFormsFold(String name, String folded) {
        assertThat(organisation(name)).isEqualTo(folded);
    }

    @Test
    void aLegalWordInsideTheNameStays() {
        assertThat(organisation("Co-operative Bank Ltd")).isEqualTo("co operative bank");
        assertThat(organisation("Blue Company Travel")).isEqualTo("blue company travel");
    }

    @Test
    void aNameThatIsOnlyLegalWordsKeepsThem() {
        assertThat(organisation("AG & Co")).isEqualTo("ag co");
    }

    @Test
    void numbersAreKeptApartFromTheWords() {
        NameFolding.Folded folded = NameFolding.organisation("Contoso Ltd 17");

        assertThat(folded.words()).isEqualTo("contoso");
        assertThat(folded.numbers()).isEqualTo("17");
        assertThat(folded.shown()).isEqualTo("contoso 17");
        assertThat(NameFolding.organisation("3M Company").numbers()).isEqualTo("3");
    }

    @Test
    void aPersonKeepsWordsThatWouldBeLegalFormsOfACompany() {
        assertThat(NameFolding.person("José García").shown()).isEqualTo("jose garcia");
        assertThat(NameFolding.person("Sa Ab").shown()).isEqualTo("sa ab");
        assertThat(NameFolding.person("O’Brien, Mary-Kate").shown()).isEqualTo("obrien mary kate");
    }

    @Test
    void nothingFoldsToNothing() {
        assertThat(NameFolding.organisation(null).isEmpty()).isTrue();
        assertThat(NameFolding.organisation(" ,. ").isEmpty()).isTrue();
        assertThat(NameFolding.plain(" Göteborg ")).isEqualTo("goteborg");
    }

    private static String organisation(String name) {
        return NameFolding.organisation(name).shown();
    }
}
