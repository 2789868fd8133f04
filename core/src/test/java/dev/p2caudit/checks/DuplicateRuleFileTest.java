package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The duplicate rule file: its format, the default set, and every mistake it refuses. */
class DuplicateRuleFileTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultSetIsDynamicsOutOfBoxRulesBeforeTheFuzzyOnes() {
        List<String> duplicates = Catalogue.standard().all().stream().map(RuleDef::id).filter(id -> id.startsWith("DUP-"))
                .toList();

        assertThat(duplicates).containsExactly("DUP-ACC-NAME", "DUP-ACC-EMAIL", "DUP-ACC-PHONE", "DUP-ACC-WEBSITE",
                "DUP-CON-EMAIL", "DUP-CON-NAME", "DUP-CON-PHONE", "DUP-ACC-FUZZY", "DUP-CON-FUZZY");
        assertThat(Catalogue.standard().all()).filteredOn(r -> r.id().startsWith("DUP-"))
                .allSatisfy(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.snapshots()).containsExactlyInAnyOrder(Snapshot.PRE, Snapshot.POST);
                });
    }

    @Test
    void everyOptionIsReadIntoTheRule() throws IOException {
        Path file = write("""
                {"_comment": "ours", "rules": [
                  {"id": "DUP-ACC-CITY-PHONE", "table": "Account", "title": "Same city and phone ending",
                   "caseSensitive": true, "excludeInactive": true,
                   "conditions": [
                     {"column": "city", "operator": "exact"},
                     {"column": "phone", "operator": "last", "characters": 4, "normalize": "digits", "ignoreBlank": true},
                     {"column": "name", "operator": "first", "characters": 3, "normalize": "text"}]}]}
                """);

        RuleDef rule = Catalogue.standard().withDuplicateRules(file).find("DUP-ACC-CITY-PHONE").orElseThrow();
        DuplicateRule definition = DuplicateRule.of(rule);

        assertThat(rule.table()).isEqualTo(TableKind.ACCOUNT);
        assertThat(rule.title()).isEqualTo("Same city and phone ending");
        assertThat(rule.needs()).containsExactly("city", "phone", "name", "status");
        assertThat(definition.caseSensitive()).isTrue();
        assertThat(definition.excludeInactive()).isTrue();
        assertThat(definition.conditions()).containsExactly(
                new DuplicateCondition("city", DuplicateCondition.Operator.EXACT, 0, false, DuplicateCondition.Form.TEXT),
                new DuplicateCondition("phone", DuplicateCondition.Operator.LAST, 4, true, DuplicateCondition.Form.DIGITS),
                new DuplicateCondition("name", DuplicateCondition.Operator.FIRST, 3, false, DuplicateCondition.Form.TEXT));
    }

    @Test
    void aUserFileReplacesTheDefaultRulesButKeepsTheFuzzyOnes() throws IOException {
        Path file = write("""
                {"rules": [{"id": "DUP-CON-LAST", "table": "contact",
                            "conditions": [{"column": "last_name", "ignoreBlank": true}]}]}
                """);

        Catalogue catalogue = Catalogue.standard().withDuplicateRules(file);

        assertThat(catalogue.all().stream().map(RuleDef::id).filter(id -> id.startsWith("DUP-")))
                .containsExactly("DUP-CON-LAST", "DUP-ACC-FUZZY", "DUP-CON-FUZZY");
        assertThat(catalogue.find("DUP-CON-LAST").orElseThrow().title()).isEqualTo("Contacts with the same last_name");
        assertThat(catalogue.version()).matches(java.util.regex.Pattern.quote(Catalogue.standard().version())
                + "\\+dup-[0-9a-f]{8}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown table       | {"rules": [{"id": "DUP-X", "table": "acount", "conditions": [{"column": "name"}]}]}                            | rule 1: DUP-X: unknown table 'acount' (account, contact, product, quote, order, invoice)
            line table          | {"rules": [{"id": "DUP-X", "table": "order_line", "conditions": [{"column": "site"}]}]}                        | rule 1: DUP-X: unknown table 'order_line'
            unknown column      | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "nmae"}]}]}                           | rule 1: DUP-X: condition 1: unknown column 'nmae' of table account (known: id, name,
            unknown operator    | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name", "operator": "fuzzy"}]}]}       | rule 1: DUP-X: condition 1: unknown operator 'fuzzy' (exact, first, last)
            first without N     | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name", "operator": "first"}]}]}       | rule 1: DUP-X: condition 1: operator first needs "characters": a whole number from 1 to 1000
            N on exact          | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name", "characters": 3}]}]}          | rule 1: DUP-X: condition 1: "characters" only goes with the operators first and last
            unknown form        | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name", "normalize": "soundex"}]}]}   | rule 1: DUP-X: condition 1: unknown normalize 'soundex' (text, digits, website)
            id without DUP-     | {"rules": [{"id": "ACC-NAME", "table": "account", "conditions": [{"column": "name"}]}]}                        | rule 1: id 'ACC-NAME' must start with DUP-
            id twice            | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name"}]}, {"id": "DUP-X", "table": "account", "conditions": [{"column": "email"}]}]} | rule 2: id DUP-X is already taken by another rule of the file
            built-in id         | {"rules": [{"id": "DUP-ACC-FUZZY", "table": "account", "conditions": [{"column": "name"}]}]}                   | rule 1: id DUP-ACC-FUZZY is already taken by a built-in rule
            unknown field       | {"rules": [{"id": "DUP-X", "table": "account", "ignoreBlanks": true, "conditions": [{"column": "name"}]}]}      | rule 1: DUP-X: unknown field "ignoreBlanks" in a rule (known: caseSensitive, conditions, excludeInactive, id, table, title)
            not a flag          | {"rules": [{"id": "DUP-X", "table": "account", "conditions": [{"column": "name", "ignoreBlank": "yes"}]}]}     | rule 1: DUP-X: condition 1: "ignoreBlank" must be true or false
            no conditions       | {"rules": [{"id": "DUP-X", "table": "account", "conditions": []}]}                                              | rule 1: DUP-X: "conditions" must be a non-empty array
            no inactive state   | {"rules": [{"id": "DUP-X", "table": "order", "excludeInactive": true, "conditions": [{"column": "name"}]}]}     | rule 1: DUP-X: excludeInactive: table order has no Inactive status
            no rules array      | {"rule": []}                                                                                                    | expected an object with a "rules" array
            """)
    void aMistakeIsOneLineNamingTheFile(String mistake, String json, String problem) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> Catalogue.standard().withDuplicateRules(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("duplicate rules " + file + ": " + problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSixthRuleForOneTableIsRefused() throws IOException {
        StringBuilder rules = new StringBuilder();
        for (String column : List.of("name", "email", "phone", "website", "city", "country")) {
            rules.append(rules.isEmpty() ? "" : ", ").append("{\"id\": \"DUP-ACC-").append(column.toUpperCase())
                    .append("\", \"table\": \"account\", \"conditions\": [{\"column\": \"").append(column).append("\"}]}");
        }
        Path file = write("{\"rules\": [" + rules + "]}");

        assertThatThrownBy(() -> Catalogue.standard().withDuplicateRules(file)).isInstanceOf(IOException.class)
                .hasMessage("duplicate rules " + file + ": more than 5 rules for table account (Dynamics publishes at"
                        + " most 5 per table)");
    }

    @Test
    void fiveRulesPerTableAreFine() throws IOException {
        StringBuilder rules = new StringBuilder();
        for (String column : List.of("name", "email", "phone", "website", "city")) {
            rules.append(rules.isEmpty() ? "" : ", ").append("{\"id\": \"DUP-ACC-").append(column.toUpperCase())
                    .append("\", \"table\": \"account\", \"conditions\": [{\"column\": \"").append(column).append("\"}]}");
        }
        rules.append(", {\"id\": \"DUP-CON-EMAIL\", \"table\": \"contact\", \"conditions\": [{\"column\": \"email\"}]}");

        Catalogue catalogue = Catalogue.standard().withDuplicateRules(write("{\"rules\": [" + rules + "]}"));

        assertThat(catalogue.all()).filteredOn(r -> r.family().equals(DuplicateRule.FAMILY)).hasSize(6);
    }

    @Test
    void aFileThatIsNotJsonIsNamed() throws IOException {
        Path file = write("{\"rules\": [");

        assertThatThrownBy(() -> Catalogue.standard().withDuplicateRules(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("duplicate rules " + file + " cannot be read as JSON: ");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> Catalogue.standard().withDuplicateRules(file)).isInstanceOf(IOException.class)
                .hasMessage("duplicate rules " + file + ": no such file");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("rules-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return file;
    }
}
