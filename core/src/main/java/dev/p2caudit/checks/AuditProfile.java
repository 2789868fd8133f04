package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The parameters, enabled checks and severity overrides of one audit. Without a profile file,
 * RULES.md's defaults. The file format is in {@code docs/profile.md}.
 */
public final class AuditProfile {

    /** RULES.md's defaults, plus the reconciliation tolerances of docs/checks.md. */
    static final Map<String, String> DEFAULTS = defaultParameters();

    private final String source;
    private final Map<String, String> parameters;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;

    private AuditProfile(String source, Map<String, String> parameters, Set<String> disabled,
                         Map<String, Severity> severities) {
        this.source = source;
        this.parameters = parameters;
        this.disabled = disabled;
        this.severities = severities;
    }

    public static AuditProfile defaults() {
        return new AuditProfile("defaults", new TreeMap<>(DEFAULTS), Set.of(), Map.of());
    }

    /**
     * Reads a profile file. Unknown parameters, unknown rule ids and bad values are errors that
     * name the file: a typo must not silently leave a check at its default.
     */
    public static AuditProfile read(Path file, Catalogue catalogue) throws IOException {
        return parse(java.nio.file.Files.readString(file), file.toString(), catalogue);
    }

    /**
     * A profile from its JSON text; {@code source} names it in messages (a file, or "the rules
     * screen") and is recorded with the runs that use it.
     */
    public static AuditProfile parse(String json, String source, Catalogue catalogue) throws IOException {
        Object file = source;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IOException("profile " + file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        Map<String, String> parameters = new TreeMap<>(DEFAULTS);
        Iterator<Map.Entry<String, JsonNode>> params = root.path("parameters").properties().iterator();
        while (params.hasNext()) {
            Map.Entry<String, JsonNode> p = params.next();
            if (!DEFAULTS.containsKey(p.getKey())) {
                throw new IOException("profile " + file + ": unknown parameter '" + p.getKey() + "' (known: "
                        + String.join(", ", DEFAULTS.keySet()) + ")");
            }
            parameters.put(p.getKey(), p.getValue().isArray() ? joined(p.getValue()) : p.getValue().asText());
        }
        Set<String> disabled = new LinkedHashSet<>();
        for (JsonNode id : root.path("disabled")) {
            disabled.add(knownRule(file, catalogue, id.asText()));
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> overrides = root.path("severity").properties().iterator();
        while (overrides.hasNext()) {
            Map.Entry<String, JsonNode> o = overrides.next();
            severities.put(knownRule(file, catalogue, o.getKey()), severity(file, o.getValue().asText()));
        }
        AuditProfile profile = new AuditProfile(source, parameters, disabled, severities);
        profile.validate(file);
        return profile;
    }

    public String source() {
        return source;
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Severity severity(RuleDef rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    public String text(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return value;
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(text(name));
    }

    /** A list parameter, upper-cased for comparison ({@code expectedCompanies}). */
    public String[] upperList(String name) {
        String value = text(name).trim();
        return value.isEmpty() ? new String[0] : Arrays.stream(value.split(","))
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /**
     * The profile's {@code dateOrder} ({@code day-first} or {@code month-first}): what a date column
     * whose file leaves the order open follows; none when empty.
     */
    public DateOrderSetting dateOrder() {
        return DateOrder.parse(text("dateOrder")).map(o -> new DateOrderSetting(o, "the profile's dateOrder"))
                .orElse(DateOrderSetting.NONE);
    }

    public Pattern pattern(String name) {
        return Pattern.compile(text(name));
    }

    /** Everything in effect, recorded with the run. */
    public Map<String, String> describe() {
        Map<String, String> all = new TreeMap<>(parameters);
        all.put("disabled", String.join(",", disabled));
        severities.forEach((rule, severity) -> all.put("severity." + rule, severity.name()));
        return all;
    }

    private void validate(Object file) throws IOException {
        try {
            decimal("moneyTolerance");
            decimal("recAbsTolerance");
            decimal("recRelTolerance");
            decimal("fuzzyThreshold");
            pattern("contactNumberPattern");
            String dates = text("dateOrder");
            if (!dates.isBlank() && DateOrder.parse(dates).isEmpty()) {
                throw new IOException("profile " + file + ": dateOrder '" + dates + "' is not day-first or month-first");
            }
        } catch (NumberFormatException | PatternSyntaxException e) {
            throw new IOException("profile " + file + ": " + e.getMessage(), e);
        }
    }

    private static String knownRule(Object file, Catalogue catalogue, String id) throws IOException {
        if (catalogue.find(id).isEmpty()) {
            throw new IOException("profile " + file + ": unknown rule '" + id + "'");
        }
        return id;
    }

    private static Severity severity(Object file, String text) throws IOException {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("profile " + file + ": unknown severity '" + text + "' (ERROR, WARNING or INFO)", e);
        }
    }

    private static String joined(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(v -> items.add(v.asText()));
        return String.join(",", items);
    }

    private static Map<String, String> defaultParameters() {
        Map<String, String> d = new TreeMap<>();
        d.put("expectedCompanies", "");
        d.put("defaultCustomerGroup", "10");
        d.put("defaultLanguage", "en-us");
        d.put("moneyTolerance", "0.005");
        d.put("contactNumberPattern", "CON-\\d{5}-[A-Z]{6}");
        d.put("fuzzyThreshold", "0.92");
        d.put("recAbsTolerance", "0.005");
        d.put("recRelTolerance", "0");
        d.put("dateOrder", "");
        return java.util.Collections.unmodifiableMap(d);
    }
}
