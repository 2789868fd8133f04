package dev.p2caudit.store;

import java.util.List;
import java.util.Optional;

/**
 * Settings kept with the workspace rather than with the user: the rules screen's profile, the
 * inputs of the last audit. Text values under names; the caller owns their format.
 */
public final class AuditSettings {

    /** The audit profile as a profile document (docs/profile.md). */
    public static final String PROFILE = "profile.json";

    private final Workspace workspace;

    AuditSettings(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<String> get(String name) {
        List<Sql.Row> rows = workspace.registry().query("SELECT v FROM audit_setting WHERE k = ?", List.of(name));
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).text("v"));
    }

    public void put(String name, String value) {
        workspace.registry().execute("MERGE INTO audit_setting(k, v) KEY(k) VALUES (?, ?)", List.of(name, value));
    }

    public void remove(String name) {
        workspace.registry().execute("DELETE FROM audit_setting WHERE k = ?", List.of(name));
    }
}
