package dev.p2caudit.model;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue an audit run used, in catalogue order: the built-in rules and the duplicate rules
 * of that run (the default set or the organisation's own).
 *
 * @param version the ruleset version the run recorded
 */
public record RunCatalogue(String version, List<RuleInfo> rules) {

    public RunCatalogue {
        rules = List.copyOf(rules);
    }

    public Optional<RuleInfo> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule's title, or its id when the run has no such rule. */
    public String title(String id) {
        return find(id).map(RuleInfo::title).orElse(id);
    }
}
