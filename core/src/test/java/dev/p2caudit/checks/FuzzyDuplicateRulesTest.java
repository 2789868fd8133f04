package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DUP-ACC-FUZZY and DUP-CON-FUZZY on real imports. */
class FuzzyDuplicateRulesTest {

    @TempDir
    Path dir;

    private static final String ACCOUNTS = "Account Number,Account Name,Email,Main Phone,Address 1: City,"
            + "Address 1: Country/Region\n";
    private static final String CONTACTS = "Contact Number,First Name,Last Name,Email,Business Phone,Company Name\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Contoso Limited", "CONTOSO, L.L.C.", "Contoso Inc.", "Contóso Corp", "Contoso GmbH",
        "The Contoso Company", "Contoso AB", "Contoso S.A.", "Contosso Ltd"})
    void aFoldedOrMisspelledNameInTheSameCityIsANearDuplicate(String variant) {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS
                + "A1,Contoso Ltd,,,Seattle,\nA2," + quoted(variant) + ",,,Seattle,\nA3,Fabrikam,,,Seattle,\n").run();

        assertThat(audit.keys("DUP-ACC-FUZZY")).containsExactly("A1+A2");
    }

    @Test
    void theFindingSaysWhatMatchedAndHowSimilar() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS + """
                A1,Northwind Traders Inc,info@northwind.com,,Tacoma,US
                A2,Nrothwind Traders,sales@northwind.com,,Seattle,United States
                """).run();

        Finding group = audit.one("DUP-ACC-FUZZY", "A1+A2");

        assertThat(group.message()).startsWith("2 accounts are near-duplicates (DUP-ACC-FUZZY, similarity 0.967): similar"
                + " names ('northwind traders', 'nrothwind traders'); same country 'us', same e-mail domain"
                + " 'northwind.com'. Suggested survivor: A1, ");
        assertThat(group.values().get("similarity").post()).isEqualTo("0.967");
        assertThat(group.values().get("name").post()).isEqualTo("A1: Northwind Traders Inc; A2: Nrothwind Traders");
    }

    @Test
    void withoutASecondSignalSimilarNamesAreNotDuplicates() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS + """
                A1,Contoso Ltd,info@contoso.com,+1 425 555 0100,Seattle,United States
                A2,Contoso SA,info@contoso.fr,+33 1 55 00 11 22,Paris,France
                """).run();

        assertThat(audit.keys("DUP-ACC-FUZZY")).isEmpty();
    }

    @Test
    void aPairAnExactRuleReportsIsNotReportedAgain() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS + """
                A1,Contoso Ltd,,,Seattle,
                A2,CONTOSO LTD,,,Seattle,
                """).run();

        assertThat(audit.keys("DUP-ACC-NAME")).containsExactly("A1+A2");
        assertThat(audit.keys("DUP-ACC-FUZZY")).isEmpty();
    }

    @Test
    void whenTheExactRuleIsDisabledTheFuzzyRuleReportsThePair() throws IOException {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"disabled\": [\"DUP-ACC-NAME\"]}");

        AuditFixture audit = new AuditFixture(dir).profile(AuditProfile.read(profile, Catalogue.standard()))
                .post("Account.csv", ACCOUNTS + "A1,Contoso Ltd,,,Seattle,\nA2,CONTOSO LTD,,,Seattle,\n").run();

        assertThat(audit.keys("DUP-ACC-FUZZY")).containsExactly("A1+A2");
    }

    @Test
    void matchesMergeTransitivelyIntoOneGroup() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS + """
                A1,Contoso Ltd,,,Seattle,
                A2,Contoso Limited,info@contoso.com,,Seattle,
                A3,Contoso Inc,sales@contoso.com,,Denver,
                A4,Contoso,,,Denver,
                """).run();

        assertThat(audit.keys("DUP-ACC-FUZZY")).containsExactly("A1+A2+A3+A4");
    }

    @Test
    void theThresholdComesFromTheProfile() throws IOException {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"parameters\": {\"fuzzyThreshold\": \"0.96\"}}");
        String accounts = ACCOUNTS + "A1,Fabrikam Inc,,,Redmond,\nA2,Fabrikan Inc,,,Redmond,\n";

        AuditFixture byDefault = new AuditFixture(dir.resolve("a")).post("Account.csv", accounts).run();
        AuditFixture stricter = new AuditFixture(dir.resolve("b")).profile(AuditProfile.read(profile, Catalogue.standard()))
                .post("Account.csv", accounts).run();

        assertThat(byDefault.one("DUP-ACC-FUZZY", "A1+A2").values().get("similarity").post()).isEqualTo("0.950");
        assertThat(stricter.keys("DUP-ACC-FUZZY")).isEmpty();
    }

    @Test
    void contactsMatchByNameAndEmailDomainPhoneOrParentAccount() {
        AuditFixture audit = new AuditFixture(dir).post("Contact.csv", CONTACTS + """
                C1,José,García,jose.garcia@pinnacle.com,,Pinnacle Yacht Charters
                C2,Jose,Garcia,j.garcia@pinnacleyachts.com,,Pinnacle Yacht Charters
                C3,Anna,Lindqvist,anna@contoso.com,,Contoso
                C4,Anna,Lindquist,a.lindquist@contoso.com,,Contoso Ltd
                C5,Kenji,Nakamura,,+81 3 5555 0101,Fabrikam
                C6,Kenji,Nakamura-,,03-5555-0101,Northwind
                C7,Zoë,Chen,zoe@gmail.com,,Litware
                C8,Zoe,Chen,zchen@gmail.com,,Proseware
                """).run();

        assertThat(audit.keys("DUP-CON-FUZZY")).containsExactlyInAnyOrder("C1+C2", "C3+C4", "C5+C6");
        assertThat(audit.one("DUP-CON-FUZZY", "C1+C2").values().get("matched").post())
                .isEqualTo("names equal once folded ('jose garcia'); same parent account 'pinnacle yacht charters'");
    }

    @Test
    void onPostANearDuplicateGroupThatWasNotOneInPreIsNew() {
        String pre = ACCOUNTS + "A1,Contoso Ltd,,,Seattle,\nA2,Contoso Limited,,,Seattle,\nA3,Fabrikam,,,Redmond,\n";
        AuditFixture audit = new AuditFixture(dir).pre("Account.csv", pre)
                .post("Account.csv", pre + "US-7,Fabrikam Inc,,,Redmond,\n").run();

        assertThat(audit.keys("DUP-ACC-FUZZY", Snapshot.PRE)).containsExactly("A1+A2");
        assertThat(audit.one("DUP-ACC-FUZZY", Snapshot.POST, "A1+A2").values().get("new_in_post").post()).isEqualTo("no");
        assertThat(audit.one("DUP-ACC-FUZZY", Snapshot.POST, "A3+US-7").values().get("new_in_post").post())
                .isEqualTo("yes");
    }

    private static String quoted(String value) {
        return value.contains(",") ? "\"" + value + "\"" : value;
    }
}
