package dev.p2caudit.ui.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules screen's choices, in the profile format of docs/profile.md: parameters that differ
 * from the defaults, disabled rules, severity overrides. Kept as text in the workspace, where
 * every later run reads it as its profile ({@code AuditService}), on the desktop and on the
 * command line alike.
 */
public record ProfileDocument(Map<String, String> parameters, Set<String> disabled, Map<String, Severity> severities) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ProfileDocument {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        disabled = Collections.unmodifiableSet(new TreeSet<>(disabled));
        severities = Collections.unmodifiableMap(new TreeMap<>(severities));
    }

    public static ProfileDocument defaults() {
        return new ProfileDocument(Map.of(), Set.of(), Map.of());
    }

    /** Every parameter with its default value, by name. */
    public static Map<String, String> defaultParameters() {
        Map<String, String> defaults = new TreeMap<>(AuditProfile.defaults().describe());
        defaults.remove("disabled");
        defaults.keySet().removeIf(k -> k.startsWith("severity."));
        return defaults;
    }

    public boolean isDefault() {
        return parameters.isEmpty() && disabled.isEmpty() && severities.isEmpty();
    }

    /** The value in effect: the document's, else the default. */
    public String parameter(String name) {
        return parameters.getOrDefault(name, defaultParameters().get(name));
    }

    public static ProfileDocument parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, String> parameters = new LinkedHashMap<>();
            root.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
            Set<String> disabled = new TreeSet<>();
            root.path("disabled").forEach(id -> disabled.add(id.asText()));
            Map<String, Severity> severities = new LinkedHashMap<>();
            root.path("severity").properties().forEach(e -> severities.put(e.getKey(), Severity.parse(e.getValue().asText())));
            return new ProfileDocument(parameters, disabled, severities);
        } catch (IOException e) {
            throw new UncheckedIOException("the workspace's profile is not valid JSON", e);
        }
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode params = root.putObject("parameters");
        parameters.forEach(params::put);
        ArrayNode off = root.putArray("disabled");
        disabled.forEach(off::add);
        ObjectNode severity = root.putObject("severity");
        severities.forEach((rule, s) -> severity.put(rule, s.id()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
