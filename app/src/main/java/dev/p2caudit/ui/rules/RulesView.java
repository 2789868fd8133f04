package dev.p2caudit.ui.rules;

import java.util.List;
import java.util.Map;

/** The rules screen. */
public interface RulesView {

    void showRules(List<RuleRow> rules);

    /** Every parameter's value in effect, and its default. */
    void showParameters(Map<String, String> values, Map<String, String> defaults);

    /** A line under the buttons; {@code error}: the choices were not saved. */
    void showStatus(String message, boolean error);
}
