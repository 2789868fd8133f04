package dev.p2caudit.ui.rules;

import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.AuditService;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules screen: enable or disable rules, change severities and parameters. The rules listed
 * are those the next run uses (the workspace's duplicate rules among them, {@link AuditService}).
 * The choices are the workspace's profile (saved with it) and become the next run's
 * {@link AuditProfile}, on the desktop and on the command line alike; the engine's own
 * validation judges them before they are kept.
 */
public final class RulesPresenter {

    private final RulesView view;
    private final Background background;
    private final Navigator navigator;
    private AuditSession session;
    private final Map<String, String> parameters = new HashMap<>();
    private final Set<String> disabled = new TreeSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    /** The catalogue of the next run, read with the choices. */
    private Catalogue catalogue = Catalogue.standard();

    private record Loaded(ProfileDocument document, Catalogue catalogue) {
    }

    public RulesPresenter(RulesView view, Background background, Navigator navigator) {
        this.view = view;
        this.background = background;
        this.navigator = navigator;
    }

    public void show(AuditSession newSession) {
        this.session = newSession;
        background.run("reading the rules", () -> new Loaded(session.workspace().settings().get(AuditSettings.PROFILE)
                .map(ProfileDocument::parse).orElse(ProfileDocument.defaults()),
                AuditService.catalogue(session.workspace(), null)), loaded -> {
                    catalogue = loaded.catalogue();
                    load(loaded.document());
                });
    }

    private void load(ProfileDocument document) {
        parameters.clear();
        parameters.putAll(document.parameters());
        disabled.clear();
        disabled.addAll(document.disabled());
        severities.clear();
        severities.putAll(document.severities());
        refresh();
    }

    private void refresh() {
        view.showRules(catalogue.all().stream().map(r -> new RuleRow(r, !disabled.contains(r.id()),
                severities.getOrDefault(r.id(), r.severity()))).toList());
        Map<String, String> defaults = ProfileDocument.defaultParameters();
        Map<String, String> values = new HashMap<>(defaults);
        values.putAll(parameters);
        view.showParameters(values, defaults);
    }

    public void setEnabled(String ruleId, boolean enabled) {
        if (enabled) {
            disabled.remove(ruleId);
        } else {
            disabled.add(ruleId);
        }
    }

    public void setSeverity(String ruleId, Severity severity) {
        RuleDef rule = catalogue.find(ruleId).orElseThrow();
        if (severity == rule.severity()) {
            severities.remove(ruleId);
        } else {
            severities.put(ruleId, severity);
        }
    }

    public void setParameter(String name, String value) {
        if (value.equals(ProfileDocument.defaultParameters().get(name))) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
    }

    public void resetToDefaults() {
        load(ProfileDocument.defaults());
    }

    public ProfileDocument document() {
        return new ProfileDocument(parameters, disabled, severities);
    }

    /** Checks the choices the way the engine will, then keeps them with the workspace. */
    public void save() {
        save(false);
    }

    /** Saves, then audits again with the new choices. */
    public void saveAndRerun() {
        save(true);
    }

    private void save(boolean rerun) {
        ProfileDocument document = document();
        Catalogue next = catalogue;
        background.run("saving the rules", () -> {
            validate(document, next);
            if (document.isDefault()) {
                session.workspace().settings().remove(AuditSettings.PROFILE);
            } else {
                session.workspace().settings().put(AuditSettings.PROFILE, document.toJson());
            }
            return null;
        }, done -> {
            view.showStatus(summary(document), false);
            if (rerun) {
                navigator.rerun();
            }
        }, error -> view.showStatus("Not saved: " + error.getMessage(), true));
    }

    /** The engine's own validation judges the choices, as it would a profile file. */
    private static void validate(ProfileDocument document, Catalogue catalogue) throws IOException {
        String source = "the rules";
        try {
            AuditProfile.parse(document.toJson(), source, catalogue);
        } catch (IOException e) {
            throw new IOException(e.getMessage().replace("profile " + source + ": ", ""), e);
        }
    }

    private static String summary(ProfileDocument d) {
        if (d.isDefault()) {
            return "Saved: the catalogue's defaults. The next run uses them.";
        }
        return "Saved: " + d.disabled().size() + " rule(s) off, " + d.severities().size() + " severity change(s), "
                + d.parameters().size() + " parameter(s) changed. The next run uses them.";
    }
}
