package dev.p2caudit.ui.rules;

import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.model.Severity;

/** One rule as the rules screen shows it: the catalogue's entry and the workspace's choices. */
public record RuleRow(RuleDef rule, boolean enabled, Severity severity) {

    public boolean customised() {
        return !enabled || severity != rule.severity();
    }
}
