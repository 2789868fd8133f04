package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact duplicate rules: the default set's normalisations, and every operator and option of a rule file. */
class ExactDuplicateRulesTest {

    @TempDir
    Path dir;

    private static final String HEADER = "Account Number,Account Name,Email,Main Phone,Website,Address 1: City,Status\n";

    @Test
    void theDefaultRulesCompareNormalisedValuesAndIgnoreBlanks() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", HEADER + """
                A1,Coho Winery,info@coho.com,+1 (425) 555-0100,https://www.coho.com/,Walla Walla,Active
                A2, COHO WINERY ,INFO@COHO.COM ,1.425.555.0100 ,coho.com,Walla Walla,Active
                A3,Coho Vineyard,,,,Walla Walla,Active
                A4,,,,,Walla Walla,Active
                A5,,,+1 425 555 0100,http://coho.com//,,Active
                """).run();

        assertThat(audit.keys("DUP-ACC-NAME")).containsExactly("A1+A2");
        assertThat(audit.keys("DUP-ACC-EMAIL")).containsExactly("A1+A2");
        assertThat(audit.keys("DUP-ACC-PHONE")).containsExactly("A1+A2+A5");
        assertThat(audit.keys("DUP-ACC-WEBSITE")).containsExactly("A1+A2+A5");
        assertThat(audit.one("DUP-ACC-PHONE", "A1+A2+A5").values().get("matched").post())
                .isEqualTo("phone (digits) '14255550100'");
        assertThat(audit.one("DUP-ACC-WEBSITE", "A1+A2+A5").values().get("matched").post())
                .isEqualTo("website 'coho.com'");
    }

    @Test
    void aGroupFindingSaysWhichRuleAndValuesMatched() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", HEADER + """
                ACC-01002-BBBBBB,Coho Winery,,,,,Active
                ACC-01001-AAAAAA,coho winery,,,,,Active
                """).run();

        Finding group = audit.one("DUP-ACC-NAME", "ACC-01001-AAAAAA+ACC-01002-BBBBBB");

        assertThat(group.message()).isEqualTo("2 accounts match DUP-ACC-NAME (Accounts with the same account name):"
                + " name 'coho winery'. Suggested survivor: ACC-01001-AAAAAA, tied on completeness (3 of 7 columns)"
                + " and references (0); the oldest: lowest P2C sequence number (1001).");
        assertThat(group.values().get("name").post())
                .isEqualTo("ACC-01001-AAAAAA: coho winery; ACC-01002-BBBBBB: Coho Winery");
        assertThat(group.values().get("members").post()).isEqualTo("2");
        assertThat(group.values().get("rule").post()).isEqualTo("Accounts with the same account name");
    }

    @Test
    void exactMatchIsCaseInsensitiveUnlessTheRuleIsCaseSensitive() throws IOException {
        String accounts = HEADER + "A1,Contoso,,,,,Active\nA2,CONTOSO,,,,,Active\nA3,Contoso,,,,,Active\n";

        AuditFixture insensitive = audit("a", rule("\"caseSensitive\": false", "{\"column\": \"name\"}"), accounts);
        AuditFixture sensitive = audit("b", rule("\"caseSensitive\": true", "{\"column\": \"name\"}"), accounts);

        assertThat(insensitive.keys("DUP-ACC-TEST")).containsExactly("A1+A2+A3");
        assertThat(sensitive.keys("DUP-ACC-TEST")).containsExactly("A1+A3");
    }

    @Test
    void sameFirstCharacters() throws IOException {
        String accounts = HEADER + "A1,Contoso Ltd,,,,,Active\nA2,contoso Pharma,,,,,Active\nA3,Contour,,,,,Active\n";

        AuditFixture seven = audit("a", rule("\"caseSensitive\": false",
                "{\"column\": \"name\", \"operator\": \"first\", \"characters\": 7}"), accounts);
        AuditFixture nine = audit("b", rule("\"caseSensitive\": false",
                "{\"column\": \"name\", \"operator\": \"first\", \"characters\": 9}"), accounts);

        assertThat(seven.keys("DUP-ACC-TEST")).containsExactly("A1+A2");
        assertThat(seven.one("DUP-ACC-TEST", "A1+A2").values().get("matched").post())
                .isEqualTo("first 7 characters of name 'contoso'");
        assertThat(nine.keys("DUP-ACC-TEST")).isEmpty();
    }

    @Test
    void sameLastCharactersOfTheDigits() throws IOException {
        String accounts = HEADER + "A1,One,,+1 425 555 0100,,,Active\nA2,Two,,(206) 555-0100,,,Active\n"
                + "A3,Three,,+1 425 555 0199,,,Active\n";

        AuditFixture audit = audit("a", rule("\"caseSensitive\": false",
                "{\"column\": \"phone\", \"operator\": \"last\", \"characters\": 7, \"normalize\": \"digits\"}"), accounts);

        assertThat(audit.keys("DUP-ACC-TEST")).containsExactly("A1+A2");
    }

    @Test
    void blanksMatchEachOtherUnlessIgnored() throws IOException {
        String accounts = HEADER + "A1,One,,,,Seattle,Active\nA2,Two,,,,Seattle,Active\nA3,Three,x@y.com,,,Seattle,Active\n";
        String city = "{\"column\": \"city\"}";

        AuditFixture blanksMatch = audit("a", rule("\"caseSensitive\": false", city, "{\"column\": \"email\"}"), accounts);
        AuditFixture blanksIgnored = audit("b", rule("\"caseSensitive\": false", city,
                "{\"column\": \"email\", \"ignoreBlank\": true}"), accounts);

        assertThat(blanksMatch.keys("DUP-ACC-TEST")).containsExactly("A1+A2");
        assertThat(blanksMatch.one("DUP-ACC-TEST", "A1+A2").values().get("matched").post())
                .isEqualTo("city 'seattle', email (blank)");
        assertThat(blanksIgnored.keys("DUP-ACC-TEST")).isEmpty();
    }

    @Test
    void inactiveRecordsAreLeftOutWhenTheRuleSaysSo() throws IOException {
        String accounts = HEADER + "A1,Contoso,,,,,Active\nA2,Contoso,,,,,Inactive\nA3,Contoso,,,,,\n"
                + "A4,Fabrikam,,,,,Active\nA5,Fabrikam,,,,,Inactive\n";

        AuditFixture all = audit("a", rule("\"excludeInactive\": false", "{\"column\": \"name\"}"), accounts);
        AuditFixture active = audit("b", rule("\"excludeInactive\": true", "{\"column\": \"name\"}"), accounts);

        assertThat(all.keys("DUP-ACC-TEST")).containsExactlyInAnyOrder("A1+A2+A3", "A4+A5");
        assertThat(active.keys("DUP-ACC-TEST")).containsExactly("A1+A3");
    }

    @Test
    void everyConditionMustHold() throws IOException {
        String accounts = HEADER + "A1,Contoso,,,,Seattle,Active\nA2,Contoso,,,,Paris,Active\nA3,Contoso,,,,seattle,Active\n";

        AuditFixture audit = audit("a", rule("\"caseSensitive\": false", "{\"column\": \"name\"}", "{\"column\": \"city\"}"),
                accounts);

        assertThat(audit.keys("DUP-ACC-TEST")).containsExactly("A1+A3");
    }

    @Test
    void contactsWithTheSameFirstAndLastNameOrBusinessPhone() {
        AuditFixture audit = new AuditFixture(dir).post("Contact.csv", """
                Contact Number,First Name,Last Name,Email,Business Phone
                C1,Anna,Lindqvist,anna@contoso.com,+46 8 555 0101
                C2,ANNA,lindqvist,anna.l@contoso.com,+46 (8) 555-0102
                C3,Anna,,a@contoso.com,08 555 0101 0
                C4,Anna,,b@fabrikam.com,+46 8 555 0101
                C5,Björn,Lindqvist, ANNA@contoso.com,
                """).run();

        assertThat(audit.keys("DUP-CON-NAME")).containsExactly("C1+C2");
        assertThat(audit.keys("DUP-CON-EMAIL")).containsExactly("C1+C5");
        assertThat(audit.keys("DUP-CON-PHONE")).containsExactly("C1+C4");
    }

    @Test
    void oneFindingPerGroupAndRule() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", HEADER + """
                A1,Contoso,sales@contoso.com,,,,Active
                A2,Contoso,sales@contoso.com,,,,Active
                A3,Contoso,,,,,Active
                A4,Fabrikam,,,,,Active
                A5,Fabrikam,,,,,Active
                """).run();

        assertThat(audit.keys("DUP-ACC-NAME")).containsExactlyInAnyOrder("A1+A2+A3", "A4+A5");
        assertThat(audit.keys("DUP-ACC-EMAIL")).containsExactly("A1+A2");
    }

    @Test
    void onPostAGroupThatWasNotAGroupInPreIsNew() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Account.csv", HEADER + "A1,Contoso,,,,,Active\nA2,Contoso,,,,,Active\nA3,Fabrikam,,,,,Active\n"
                        + "A4,Northwind,,,,,Active\nA5,Northwind,,,,,Active\n")
                .post("Account.csv", HEADER + "A1,Contoso,,,,,Active\nA2,Contoso,,,,,Active\nA3,Fabrikam,,,,,Active\n"
                        + "F-1,Fabrikam,,,,,Active\nA4,Northwind,,,,,Active\nA5,Northwind,,,,,Active\nA6,Northwind,,,,,Active\n")
                .run();

        assertThat(audit.keys("DUP-ACC-NAME", Snapshot.PRE)).containsExactlyInAnyOrder("A1+A2", "A4+A5");
        assertThat(audit.keys("DUP-ACC-NAME", Snapshot.POST)).containsExactlyInAnyOrder("A1+A2", "A3+F-1", "A4+A5+A6");
        assertThat(audit.one("DUP-ACC-NAME", Snapshot.POST, "A3+F-1").values().get("new_in_post").post()).isEqualTo("yes");
        assertThat(audit.one("DUP-ACC-NAME", Snapshot.POST, "A3+F-1").message()).endsWith("New in post: these records were not one"
                + " duplicate group before the migration.");
        assertThat(audit.one("DUP-ACC-NAME", Snapshot.POST, "A4+A5+A6").values().get("new_in_post").post()).isEqualTo("yes");
        assertThat(audit.one("DUP-ACC-NAME", Snapshot.POST, "A1+A2").values().get("new_in_post").post()).isEqualTo("no");
        assertThat(audit.one("DUP-ACC-NAME", Snapshot.POST, "A1+A2").message()).doesNotContain("New in post");
        assertThat(audit.findings).filteredOn(f -> f.snapshot() == Snapshot.PRE && f.rule().startsWith("DUP-"))
                .allSatisfy(f -> assertThat(f.values()).doesNotContainKey("new_in_post"));
    }

    @Test
    void aColumnMissingFromPreSkipsTheForecastAndFromPostIsReported() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Account.csv", "Account Number,Account Name\nA1,Contoso\nA2,Contoso\n")
                .post("Account.csv", "Account Number,Email\nA1,x@contoso.com\nA2,x@contoso.com\n").run();

        assertThat(audit.keys("DUP-ACC-NAME", Snapshot.PRE)).containsExactly("A1+A2");
        assertThat(audit.keys("DUP-ACC-EMAIL", Snapshot.PRE)).isEmpty();
        assertThat(audit.keys("DUP-ACC-EMAIL", Snapshot.POST)).containsExactly("A1+A2");
        assertThat(audit.keys("SCHEMA-MISSING")).contains("account.name", "account.phone", "account.website");
        assertThat(audit.one("SCHEMA-MISSING", "account.name").message()).contains("DUP-ACC-NAME", "DUP-ACC-FUZZY");
    }

    private AuditFixture audit(String name, String rules, String accounts) throws IOException {
        Path file = dir.resolve(name + "-rules.json");
        Files.writeString(file, rules);
        return new AuditFixture(dir.resolve(name)).catalogue(Catalogue.standard().withDuplicateRules(file))
                .post("Account.csv", accounts).run();
    }

    /** A rule file with one account rule, DUP-ACC-TEST. */
    private static String rule(String option, String... conditions) {
        return "{\"rules\": [{\"id\": \"DUP-ACC-TEST\", \"table\": \"account\", " + option + ", \"conditions\": ["
                + String.join(", ", conditions) + "]}]}";
    }
}
