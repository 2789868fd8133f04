package dev.p2caudit.checks;

import static dev.p2caudit.checks.StrictJson.choice;
import static dev.p2caudit.checks.StrictJson.flag;
import static dev.p2caudit.checks.StrictJson.onlyKnownFields;
import static dev.p2caudit.checks.StrictJson.text;
import static dev.p2caudit.checks.StrictJson.withContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.checks.StrictJson.Invalid;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a duplicate rule file (docs/duplicates.md). Every mistake — an unknown
 * table, column, operator or field, a sixth rule for one table, an id outside {@code DUP-} — is
 * an error naming the file: a typo must never silently drop or change a rule.
 */
final class DuplicateRuleReader {

    /** What Dynamics allows: at most five published rules per table. */
    static final int MAX_RULES_PER_TABLE = 5;

    /** Identifiers end up in the finding store (40 characters) and in working table names. */
    private static final Pattern ID = Pattern.compile("DUP-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final int MAX_ID_LENGTH = 40;
    private static final Set<String> RULE_FIELDS = Set.of("id", "table", "title", "conditions", "caseSensitive",
            "excludeInactive");
    private static final Set<String> CONDITION_FIELDS = Set.of("column", "operator", "characters", "ignoreBlank",
            "normalize");

    private DuplicateRuleReader() {
    }

    /** The out-of-box set of Dynamics, as RULES.md normalises it. */
    static List<DuplicateRule> defaults() {
        String resource = "duplicate-rules.json";
        try (InputStream in = DuplicateRuleReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return rules(new ObjectMapper().readTree(in), Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (Invalid e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * A user's rule file, replacing the default set.
     *
     * @param reserved rule ids of the catalogue a user rule must not take (the fuzzy rules)
     */
    static List<DuplicateRule> read(Path file, Set<String> reserved) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("duplicate rules " + file + ": no such file");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("duplicate rules " + file + " cannot be read as JSON: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        try {
            return rules(root, reserved);
        } catch (Invalid e) {
            throw new IOException("duplicate rules " + file + ": " + e.getMessage(), e);
        }
    }

    /** The start of the file's SHA-256: which rule file a run used, without its path. */
    static String fingerprint(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static List<DuplicateRule> rules(JsonNode root, Set<String> reserved) throws Invalid {
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new Invalid("expected an object with a \"rules\" array");
        }
        onlyKnownFields(root, Set.of("rules"), "the file");
        List<DuplicateRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<TableKind, Integer> perTable = new HashMap<>();
        int index = 0;
        for (JsonNode node : root.get("rules")) {
            index++;
            DuplicateRule rule = withContext("rule " + index, () -> parse(node));
            if (reserved.contains(rule.id()) || !ids.add(rule.id())) {
                throw new Invalid("rule " + index + ": id " + rule.id() + " is already taken"
                        + (reserved.contains(rule.id()) ? " by a built-in rule" : " by another rule of the file"));
            }
            if (perTable.merge(rule.table(), 1, Integer::sum) > MAX_RULES_PER_TABLE) {
                throw new Invalid("more than " + MAX_RULES_PER_TABLE + " rules for table " + rule.table().id()
                        + " (Dynamics publishes at most " + MAX_RULES_PER_TABLE + " per table)");
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    /** One rule, from its JSON; the definition is kept so that the catalogue can carry it. */
    static DuplicateRule parse(JsonNode node) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("expected an object");
        }
        String id = text(node, "id");
        if (!id.startsWith("DUP-") || !ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            throw new Invalid("id '" + id + "' must start with DUP- and be upper-case letters, digits and dashes"
                    + " (at most " + MAX_ID_LENGTH + " characters)");
        }
        return withContext(id, () -> {
            onlyKnownFields(node, RULE_FIELDS, "a rule");
            TableKind table = table(text(node, "table"));
            boolean excludeInactive = flag(node, "excludeInactive");
            if (excludeInactive && !hasInactiveState(table)) {
                throw new Invalid("excludeInactive: table " + table.id() + " has no Inactive status");
            }
            List<DuplicateCondition> conditions = conditions(node.get("conditions"), table);
            String title = node.hasNonNull("title") ? text(node, "title") : defaultTitle(table, conditions);
            return new DuplicateRule(id, table, title, conditions, flag(node, "caseSensitive"), excludeInactive, node);
        });
    }

    private static List<DuplicateCondition> conditions(JsonNode array, TableKind table) throws Invalid {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new Invalid("\"conditions\" must be a non-empty array");
        }
        List<DuplicateCondition> conditions = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array) {
            index++;
            conditions.add(withContext("condition " + index, () -> condition(node, table)));
        }
        return List.copyOf(conditions);
    }

    private static DuplicateCondition condition(JsonNode node, TableKind table) throws Invalid {
        if (!node.isObject()) {
            throw new Invalid("expected an object");
        }
        onlyKnownFields(node, CONDITION_FIELDS, "a condition");
        String column = text(node, "column");
        if (table.column(column).isEmpty()) {
            throw new Invalid("unknown column '" + column + "' of table " + table.id() + " (known: "
                    + table.columns().stream().map(c -> c.name()).collect(Collectors.joining(", ")) + ")");
        }
        DuplicateCondition.Operator operator = choice(DuplicateCondition.Operator.class,
                node.hasNonNull("operator") ? text(node, "operator") : "exact", "operator");
        int characters = characters(node, operator);
        DuplicateCondition.Form form = choice(DuplicateCondition.Form.class,
                node.hasNonNull("normalize") ? text(node, "normalize") : "text", "normalize");
        return new DuplicateCondition(column, operator, characters, flag(node, "ignoreBlank"), form);
    }

    private static int characters(JsonNode node, DuplicateCondition.Operator operator) throws Invalid {
        JsonNode n = node.get("characters");
        if (operator == DuplicateCondition.Operator.EXACT) {
            if (n != null) {
                throw new Invalid("\"characters\" only goes with the operators first and last");
            }
            return 0;
        }
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > 1000) {
            throw new Invalid("operator " + operator.name().toLowerCase(Locale.ROOT)
                    + " needs \"characters\": a whole number from 1 to 1000");
        }
        return n.asInt();
    }

    private static TableKind table(String id) throws Invalid {
        TableKind table = TableKind.fromId(id).orElse(null);
        if (table == null || table.parent().isPresent()) {
            throw new Invalid("unknown table '" + id + "' (" + headerTables() + ")");
        }
        return table;
    }

    private static String headerTables() {
        return Arrays.stream(TableKind.values()).filter(t -> t.parent().isEmpty()).map(TableKind::id)
                .collect(Collectors.joining(", "));
    }

    private static boolean hasInactiveState(TableKind table) {
        return table.column("status").map(c -> c.optionSet().codeOf("Inactive").isPresent()).orElse(false);
    }

    private static String defaultTitle(TableKind table, List<DuplicateCondition> conditions) {
        return DuplicateFindings.plural(table) + " with the same "
                + conditions.stream().map(DuplicateCondition::describe).collect(Collectors.joining(" and "));
    }
}
