package dev.p2caudit.checks;

import static dev.p2caudit.checks.StrictJson.choice;
import static dev.p2caudit.checks.StrictJson.onlyKnownFields;
import static dev.p2caudit.checks.StrictJson.text;
import static dev.p2caudit.checks.StrictJson.withContext;

import com.fasterxml.jackson.databind.JsonNode;
import dev.p2caudit.checks.Families.Family;
import dev.p2caudit.checks.Families.Parameter;
import dev.p2caudit.checks.StrictJson.Invalid;
import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one rule of rules.json strictly (docs/checks.md, "How to add a rule"): a known family,
 * every field every rule has, the parameters its family requires, each of the right kind, and no
 * field nobody reads. A mistake is an {@link Invalid} naming the rule and the field.
 */
final class RuleReader {

    /** Rule ids end up in the finding store (40 characters), in profiles and in waivers. */
    private static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");
    private static final int MAX_ID_LENGTH = 40;
    private static final Set<String> COMMON = Set.of("id", "severity", "table", "family", "snapshots", "needs",
            "skipWithout", "title", "step", "why", "remediation");
    private static final List<String> SNAPSHOTS = List.of("post", "pre", "post+pre");
    private static final Pattern PROFILE_PARAMETER = Pattern.compile(":(\\w+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private RuleReader() {
    }

    static RuleDef read(JsonNode node) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("expected an object");
        }
        String id = text(node, "id");
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            throw new Invalid("id '" + id + "' must be upper-case words joined by dashes, such as ORD-COUNTRY"
                    + " (at most " + MAX_ID_LENGTH + " characters)");
        }
        return withContext(id, () -> {
            Family family = family(node);
            Set<String> known = new HashSet<>(COMMON);
            family.parameters().forEach(p -> known.add(p.name()));
            onlyKnownFields(node, known, "a rule of family " + family.name());
            choice(Severity.class, text(node, "severity"), "severity");
            for (String field : List.of("title", "step", "why", "remediation")) {
                text(node, field);
            }
            TableKind table = table(node, family);
            snapshots(node);
            List<String> needs = needs(node, table);
            skipWithout(node, needs);
            for (Parameter p : family.parameters()) {
                parameter(node, p, table, id);
            }
            return RuleDef.from(node);
        });
    }

    private static Family family(JsonNode node) throws Invalid {
        String name = text(node, "family");
        return Families.find(name).orElseThrow(() -> new Invalid("unknown family '" + name + "' (known: "
                + String.join(", ", Families.names()) + ")"));
    }

    /** {@code table} is always written: a table id, or null for the families that look at every table. */
    private static TableKind table(JsonNode node, Family family) throws Invalid {
        if (!node.has("table")) {
            throw new Invalid("\"table\" is missing (null for rules of no one table)");
        }
        JsonNode value = node.get("table");
        if (value.isNull()) {
            if (!family.tableless()) {
                throw new Invalid("\"table\": family " + family.name() + " needs a table");
            }
            return null;
        }
        if (family.tableless()) {
            throw new Invalid("\"table\" must be null: family " + family.name() + " looks at every table");
        }
        String id = text(node, "table");
        return TableKind.fromId(id).orElseThrow(() -> new Invalid("\"table\": unknown table '" + id + "' (known: "
                + Arrays.stream(TableKind.values()).map(TableKind::id).collect(Collectors.joining(", ")) + ")"));
    }

    private static void snapshots(JsonNode node) throws Invalid {
        String value = text(node, "snapshots");
        if (!SNAPSHOTS.contains(value)) {
            throw new Invalid("\"snapshots\" must be one of " + String.join(", ", SNAPSHOTS) + ", not '" + value + "'");
        }
    }

    /** The columns the rule reads: {@code column}, or {@code pre:column} / {@code post:column} for one side. */
    private static List<String> needs(JsonNode node, TableKind table) throws Invalid {
        JsonNode needs = node.get("needs");
        if (needs == null || !needs.isArray()) {
            throw new Invalid("\"needs\" must be a list of columns (empty when the rule reads none)");
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode need : needs) {
            String text = need.isTextual() ? need.asText() : "";
            boolean oneSide = text.startsWith("pre:") || text.startsWith("post:");
            String column = oneSide ? text.substring(text.indexOf(':') + 1) : text;
            if (table == null) {
                throw new Invalid("\"needs\" must be empty for a rule of no one table");
            }
            column(table, column, "needs");
            columns.add(column);
        }
        return columns;
    }

    private static void skipWithout(JsonNode node, List<String> needs) throws Invalid {
        if (node.has("skipWithout") && !needs.contains(text(node, "skipWithout"))) {
            throw new Invalid("\"skipWithout\" must be one of the columns in \"needs\"");
        }
    }

    private static void parameter(JsonNode node, Parameter p, TableKind table, String id) throws Invalid {
        JsonNode value = node.get(p.name());
        String field = "\"" + p.name() + "\"";
        if (value == null || value.isNull()) {
            if (p.required()) {
                throw new Invalid(field + " is missing (a parameter of the family: " + kind(p) + ")");
            }
            return;
        }
        if (p.kind() == Families.Kind.COLUMNS || p.kind() == Families.Kind.DUPLICATE_DEFINITION) {
            withContext(field, () -> p.kind() == Families.Kind.COLUMNS ? columns(table, value) : definition(value, table, id));
            return;
        }
        String text = text(node, p.name());
        withContext(field, () -> switch (p.kind()) {
            case CONDITION -> profileParameters(text);
            case MESSAGE -> placeholders(text, node.get("values"));
            case COLUMN -> column(table, text, null);
            case PROFILE_PARAMETER -> profileParameter(text);
            case CHOICE -> choiceOf(p.choices(), text);
            case TEXT, COLUMNS, DUPLICATE_DEFINITION -> null; // nothing to check beyond the text, or checked above
        });
    }

    private static String kind(Parameter p) {
        return p.kind() == Families.Kind.CHOICE ? "one of " + choices(p.choices())
                : p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(StrictJson::id).collect(Collectors.joining(", "));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Void choiceOf(Class<? extends Enum<?>> type, String text) throws Invalid {
        choice((Class) type, text, "value");
        return null;
    }

    private static Void column(TableKind table, String column, String field) throws Invalid {
        if (table.column(column).isEmpty()) {
            throw new Invalid((field == null ? "" : "\"" + field + "\": ") + "unknown column '" + column
                    + "' of table " + table.id() + " (known: "
                    + table.columns().stream().map(ColumnDef::name).collect(Collectors.joining(", ")) + ")");
        }
        return null;
    }

    private static Void columns(TableKind table, JsonNode value) throws Invalid {
        if (!value.isArray() || value.isEmpty()) {
            throw new Invalid("must be a non-empty list of columns");
        }
        for (JsonNode column : value) {
            column(table, column.isTextual() ? column.asText() : String.valueOf(column), null);
        }
        return null;
    }

    private static Void profileParameter(String name) throws Invalid {
        if (!AuditProfile.DEFAULTS.containsKey(name)) {
            throw new Invalid("unknown profile parameter '" + name + "' (known: "
                    + String.join(", ", AuditProfile.DEFAULTS.keySet()) + ")");
        }
        return null;
    }

    private static Void profileParameters(String condition) throws Invalid {
        Matcher m = PROFILE_PARAMETER.matcher(condition);
        while (m.find()) {
            profileParameter(m.group(1));
        }
        return null;
    }

    /** A template may name the key and the values the rule reports, nothing else. */
    private static Void placeholders(String template, JsonNode values) throws Invalid {
        Set<String> known = new HashSet<>(List.of("key"));
        if (values != null) {
            values.forEach(v -> known.add(v.asText()));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                throw new Invalid("${" + m.group(1) + "} is neither key nor one of \"values\"");
            }
        }
        return null;
    }

    private static Void definition(JsonNode value, TableKind table, String id) throws Invalid {
        DuplicateRule rule = DuplicateRuleReader.parse(value);
        if (!rule.id().equals(id) || rule.table() != table) {
            throw new Invalid("defines " + rule.id() + " on " + rule.table().id() + ", not " + id + " on " + table.id());
        }
        return null;
    }
}
