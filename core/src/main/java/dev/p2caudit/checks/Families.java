package dev.p2caudit.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The family name of each catalogue entry → the class that runs it and the parameters its rules
 * carry in rules.json. {@link RuleReader} refuses a rule whose family is not here, that lacks a
 * required parameter, has one of the wrong type, or has one its family does not know.
 */
final class Families {

    /** A row rule's optional parameter: the rows of files of this dialect are not judged. */
    static final String NOT_FROM_DIALECT = "notFromDialect";

    /** What a parameter holds; {@link RuleReader} checks each kind. */
    enum Kind {
        /** Non-empty text. */
        TEXT,
        /** A SQL condition over the table aliased {@code t}; its {@code :name}s are profile parameters. */
        CONDITION,
        /** A message template; its {@code ${name}}s are {@code key} or columns of the rule's {@code values}. */
        MESSAGE,
        /** A canonical column of the rule's table. */
        COLUMN,
        /** A non-empty list of canonical columns of the rule's table. */
        COLUMNS,
        /** The name of a profile parameter (docs/profile.md). */
        PROFILE_PARAMETER,
        /** One value of the parameter's enum, as {@link StrictJson#choice} reads it. */
        CHOICE,
        /** A duplicate rule as a rule file writes it (docs/duplicates.md), for the rule's own id and table. */
        DUPLICATE_DEFINITION
    }

    /** One parameter of a family's rules. */
    record Parameter(String name, boolean required, Kind kind, Class<? extends Enum<?>> choices) {
    }

    /**
     * A family: how to make the class that runs its rules, whether its rules name no table (they
     * look at every table, or at the inputs), and their parameters.
     */
    record Family(String name, Supplier<CheckFamily> runner, boolean tableless, List<Parameter> parameters) {

        Optional<Parameter> parameter(String name) {
            return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /** The parameter that picks a family's variant; every family that has variants calls it so. */
    static final String CHECK = "check";

    private static final Map<String, Family> FAMILIES = registry(
            family("row", RowFamily::new, required("condition", Kind.CONDITION), required("values", Kind.COLUMNS),
                    required("message", Kind.MESSAGE), optional("emptyMessage", Kind.MESSAGE),
                    new Parameter(NOT_FROM_DIALECT, false, Kind.CHOICE, dev.p2caudit.model.Dialect.class)),
            family("number-dup", NumberDupFamily::new, required("column", Kind.COLUMN)),
            family("sales-activity", SalesActivityFamily::new, check(SalesActivityFamily.Check.class)),
            family("contact-sellable", ContactSellableFamily::new),
            family("contact-number", ContactNumberFamily::new),
            family("contact-number-format", ContactNumberFormatFamily::new,
                    required("parameter", Kind.PROFILE_PARAMETER)),
            family("header-number", HeaderNumberFamily::new, required("number", Kind.COLUMN),
                    required("salesNumber", Kind.COLUMN)),
            family("header-number-dup", HeaderNumberDupFamily::new, required("number", Kind.COLUMN),
                    required("salesNumber", Kind.COLUMN)),
            family("number-sequence", NumberSequenceFamily::new, required("number", Kind.COLUMN)),
            family("country", CountryFamily::new),
            family("receipt-date", ReceiptDateFamily::new),
            family("language", LanguageFamily::new),
            family("value-map", ValueMapFamily::new, required("columns", Kind.COLUMNS)),
            family("order-status", OrderStatusFamily::new),
            family("line-default", LineDefaultFamily::new, required("column", Kind.COLUMN)),
            family("rounding", RoundingFamily::new, check(RoundingFamily.Check.class)),
            family("orphan", OrphanFamily::new),
            family("product-ref", ProductRefFamily::new),
            tableless(family("reconciliation", ReconciliationFamily::new, check(ReconciliationFamily.Check.class))),
            family(DuplicateRule.FAMILY, ExactDuplicateFamily::new,
                    required("definition", Kind.DUPLICATE_DEFINITION)),
            family(DuplicateRule.FUZZY_FAMILY, FuzzyDuplicateFamily::new),
            tableless(family("inputs", InputsFamily::new, check(InputsFamily.Check.class))));

    private Families() {
    }

    /** A new instance of every family's class, by family name (one set per engine). */
    static Map<String, CheckFamily> all() {
        Map<String, CheckFamily> runners = new LinkedHashMap<>();
        FAMILIES.forEach((name, family) -> runners.put(name, family.runner().get()));
        return runners;
    }

    static Optional<Family> find(String name) {
        return Optional.ofNullable(FAMILIES.get(name));
    }

    static List<String> names() {
        return List.copyOf(FAMILIES.keySet());
    }

    private static Map<String, Family> registry(Family... families) {
        Map<String, Family> all = new LinkedHashMap<>();
        for (Family f : families) {
            all.put(f.name(), f);
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    private static Family family(String name, Supplier<CheckFamily> runner, Parameter... parameters) {
        return new Family(name, runner, false, List.of(parameters));
    }

    private static Family tableless(Family family) {
        return new Family(family.name(), family.runner(), true, family.parameters());
    }

    private static Parameter required(String name, Kind kind) {
        return new Parameter(name, true, kind, null);
    }

    private static Parameter optional(String name, Kind kind) {
        return new Parameter(name, false, kind, null);
    }

    private static Parameter check(Class<? extends Enum<?>> choices) {
        return new Parameter(CHECK, true, Kind.CHOICE, choices);
    }
}
