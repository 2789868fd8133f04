package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** rules.json is read strictly: every mistake names the rule and the field, none is a silent default. */
class RuleReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUNDING = """
            {"id": "OLN-ROUNDING", "severity": "ERROR", "table": "order_line", "family": "rounding",
             "snapshots": "post", "needs": ["quantity", "line_discount", "sales_charge"],
             "title": "t", "step": "s", "why": "w", "remediation": "r", "check": "inconsistent"}""";
    private static final String ROW = """
            {"id": "ACC-COMPANY", "severity": "ERROR", "table": "account", "family": "row", "snapshots": "post+pre",
             "needs": ["company"], "title": "t", "step": "s", "why": "w", "remediation": "r",
             "condition": "EMPTY(t.company) OR NOT NORM(t.company) = ANY(:expectedCompanies)", "values": ["company"],
             "message": "Account ${key} has Company '${company}'."}""";

    @Test
    void theBuiltInCatalogueReads() {
        assertThat(Catalogue.standard().all()).hasSizeGreaterThan(60);
    }

    @Test
    void aWellFormedRuleReads() throws Exception {
        RuleDef rule = RuleReader.read(JSON.readTree(ROUNDING));
        assertThat(rule.check(RoundingFamily.Check.class)).isEqualTo(RoundingFamily.Check.INCONSISTENT);
        assertThat(RuleReader.read(JSON.readTree(ROW)).listParam("values")).containsExactly("company");
    }

    @Test
    void anUnknownFamilyIsNamed() {
        assertInvalid(with(ROUNDING, "family", "roundings"), "OLN-ROUNDING: unknown family 'roundings' (known: row,");
    }

    @Test
    void aCheckOutsideItsEnumIsRefusedWithTheChoices() {
        assertInvalid(with(ROUNDING, "check", "residual"),
                "OLN-ROUNDING: \"check\": unknown value 'residual' (inconsistent, residue, suspect)");
    }

    @Test
    void aRowRulesDialectIsOneOfTheDialects() throws Exception {
        assertThat(RuleReader.read(with(ROW, "notFromDialect", "fno")).optionalParam("notFromDialect"))
                .contains("fno");
        assertInvalid(with(ROW, "notFromDialect", "excel"), "ACC-COMPANY: \"notFromDialect\": unknown");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertInvalid(without(ROUNDING, "check"), "OLN-ROUNDING: \"check\" is missing (a parameter of the family: one of"
                + " inconsistent, residue, suspect)");
        assertInvalid(without(ROW, "message"), "ACC-COMPANY: \"message\" is missing");
    }

    @Test
    void aFieldNobodyReadsIsRefused() {
        assertInvalid(with(ROUNDING, "column", "quantity"), "OLN-ROUNDING: unknown field \"column\" in a rule of family rounding");
        assertInvalid(with(ROUNDING, "tittle", "x"), "unknown field \"tittle\"");
    }

    @Test
    void aParameterOfTheWrongKindIsRefused() {
        assertInvalid(with(ROW, "values", "company"), "ACC-COMPANY: \"values\": must be a non-empty list of columns");
        assertInvalid(with(ROW, "values", JSON.createArrayNode().add("compnay")),
                "ACC-COMPANY: \"values\": unknown column 'compnay' of table account");
        assertInvalid(with(ROW, "condition", "t.company = :expectedCompany"),
                "ACC-COMPANY: \"condition\": unknown profile parameter 'expectedCompany'");
        assertInvalid(with(ROW, "message", "Account ${key} in ${city}."),
                "ACC-COMPANY: \"message\": ${city} is neither key nor one of \"values\"");
        assertInvalid(with(ROW, "severity", "FATAL"), "ACC-COMPANY: unknown severity 'FATAL' (info, warning, error)");
    }

    @Test
    void theCommonFieldsAreChecked() {
        assertInvalid(with(ROUNDING, "needs", JSON.createArrayNode().add("post:discount")),
                "OLN-ROUNDING: \"needs\": unknown column 'discount' of table order_line");
        assertInvalid(with(ROUNDING, "snapshots", "both"), "OLN-ROUNDING: \"snapshots\" must be one of post, pre, post+pre");
        assertInvalid(with(ROUNDING, "table", null), "OLN-ROUNDING: \"table\": family rounding needs a table");
        assertInvalid(without(ROUNDING, "why"), "OLN-ROUNDING: \"why\" must be a non-empty text");
        assertInvalid(with(ROUNDING, "skipWithout", "site"), "\"skipWithout\" must be one of the columns in \"needs\"");
        assertInvalid(with(ROUNDING, "id", "oln-rounding"), "id 'oln-rounding' must be upper-case words");
    }

    @Test
    void aCatalogueDefiningARuleTwiceIsRefused() throws Exception {
        JsonNode root = JSON.readTree("{\"version\": \"1\", \"rules\": [" + ROUNDING + ", " + ROUNDING + "]}");
        assertThatThrownBy(() -> Catalogue.read(root)).isInstanceOf(StrictJson.Invalid.class)
                .hasMessage("rule 2: OLN-ROUNDING is defined twice");
        JsonNode extra = JSON.readTree("{\"version\": \"1\", \"rule\": [], \"rules\": []}");
        assertThatThrownBy(() -> Catalogue.read(extra)).hasMessageStartingWith("unknown field \"rule\" in the catalogue");
    }

    /** Every variant a family can run is used by some rule: no dead enum value, no value without a rule. */
    @Test
    void everyCheckVariantHasItsRule() {
        for (Class<? extends Enum<?>> type : java.util.List.of(RoundingFamily.Check.class, SalesActivityFamily.Check.class,
                ReconciliationFamily.Check.class, InputsFamily.Check.class)) {
            Set<String> variants = Arrays.stream(type.getEnumConstants()).map(StrictJson::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> used = Catalogue.standard().all().stream().filter(r -> r.raw().has("check"))
                    .filter(r -> Families.find(r.family()).flatMap(f -> f.parameter("check"))
                            .map(p -> p.choices() == type).orElse(false))
                    .map(r -> r.param("check")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(used).as(type.getName()).isEqualTo(variants);
        }
    }

    private static JsonNode with(String rule, String field, Object value) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(rule);
            node.set(field, value instanceof JsonNode json ? json : JSON.valueToTree(value));
            return node;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode without(String rule, String field) {
        ObjectNode node = (ObjectNode) with(rule, field, null);
        node.remove(field);
        return node;
    }

    private static void assertInvalid(JsonNode rule, String message) {
        assertThatThrownBy(() -> RuleReader.read(rule)).isInstanceOf(StrictJson.Invalid.class).hasMessageContaining(message);
    }
}
