package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The check catalogue of RULES.md, read from {@code rules.json}. */
public final class Catalogue {

    private static final Catalogue STANDARD = load("rules.json").withDuplicateRules(DuplicateRuleReader.defaults(), "");

    private final String version;
    private final Map<String, RuleDef> rules;

    private Catalogue(String version, Map<String, RuleDef> rules) {
        this.version = version;
        this.rules = rules;
    }

    public static Catalogue standard() {
        return STANDARD;
    }

    /** The ruleset version recorded with every audit run. */
    public String version() {
        return version;
    }

    /** Every rule, in catalogue order. */
    public List<RuleDef> all() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDef> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The catalogue as a run keeps it (and as outputs show it). */
    public RunCatalogue describe() {
        return new RunCatalogue(version, rules.values().stream().map(RuleDef::info).toList());
    }

    /** Adds rules defined outside rules.json (the duplicate rules have their own file). */
    Catalogue with(List<RuleDef> more) {
        Map<String, RuleDef> all = new LinkedHashMap<>(rules);
        more.forEach(r -> all.put(r.id(), r));
        return new Catalogue(version, all);
    }

    /**
     * This catalogue with a user's duplicate rules (docs/duplicates.md) in place of the default set;
     * the ruleset version says which file. A file that breaks the format is an IOException naming it.
     */
    public Catalogue withDuplicateRules(Path file) throws IOException {
        Set<String> builtIn = new HashSet<>();
        rules.values().stream().filter(r -> !r.family().equals(DuplicateRule.FAMILY)).forEach(r -> builtIn.add(r.id()));
        return withDuplicateRules(DuplicateRuleReader.read(file, builtIn), "+dup-" + DuplicateRuleReader.fingerprint(file));
    }

    /**
     * This catalogue with the duplicate rules a stored run used (the organisation's rule file it
     * was given, kept with the run), under the same ruleset suffix; a run of the default set gives
     * this catalogue back. A definition this build can no longer read is an IOException.
     */
    Catalogue withDuplicateRulesOf(RunCatalogue run) throws IOException {
        int suffix = run.version() == null ? -1 : run.version().indexOf("+dup-");
        if (suffix < 0) {
            return this;
        }
        List<DuplicateRule> duplicates = new java.util.ArrayList<>();
        for (RuleInfo rule : run.rules()) {
            if (rule.definition() != null) {
                try {
                    duplicates.add(DuplicateRuleReader.parse(new ObjectMapper().readTree(rule.definition())));
                } catch (StrictJson.Invalid e) {
                    throw new IOException("the duplicate rules of the workspace's last run: " + rule.id() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return withDuplicateRules(duplicates, run.version().substring(suffix));
    }

    /** Replaces the exact duplicate rules; they go before the fuzzy ones, which read their groups. */
    private Catalogue withDuplicateRules(List<DuplicateRule> duplicates, String versionSuffix) {
        List<RuleDef> kept = rules.values().stream().filter(r -> !r.family().equals(DuplicateRule.FAMILY)).toList();
        int fuzzy = (int) kept.stream().takeWhile(r -> !r.family().equals(DuplicateRule.FUZZY_FAMILY)).count();
        Map<String, RuleDef> all = new LinkedHashMap<>();
        kept.subList(0, fuzzy).forEach(r -> all.put(r.id(), r));
        duplicates.forEach(d -> all.put(d.id(), d.toRuleDef()));
        kept.subList(fuzzy, kept.size()).forEach(r -> all.put(r.id(), r));
        return new Catalogue(version + versionSuffix, all);
    }

    /** The built-in rules; a mistake in them is a defect of this build, named precisely. */
    static Catalogue load(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (StrictJson.Invalid e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** A catalogue in the format of rules.json: {@code version} and {@code rules}, nothing else. */
    static Catalogue read(JsonNode root) throws StrictJson.Invalid {
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new StrictJson.Invalid("expected an object with a \"version\" and a \"rules\" array");
        }
        StrictJson.onlyKnownFields(root, Set.of("version", "rules"), "the catalogue");
        String version = StrictJson.text(root, "version");
        Map<String, RuleDef> rules = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.get("rules")) {
            index++;
            RuleDef rule = StrictJson.withContext("rule " + index, () -> RuleReader.read(node));
            if (rules.put(rule.id(), rule) != null) {
                throw new StrictJson.Invalid("rule " + index + ": " + rule.id() + " is defined twice");
            }
        }
        return new Catalogue(version, rules);
    }
}
