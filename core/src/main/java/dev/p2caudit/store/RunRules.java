package dev.p2caudit.store;

import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of each audit run (table {@code audit_run_rule}): ids, severities, titles, why,
 * guidance and remediation, and the duplicate rules' definitions, so that a run is re-rendered
 * with the rules it ran, whatever rule file or tool version audits the workspace later.
 */
public final class RunRules {

    private final Workspace workspace;

    RunRules(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Keeps the rules of a run, in catalogue order. */
    public void record(long runId, List<RuleInfo> rules) {
        int position = 0;
        for (RuleInfo r : rules) {
            workspace.registry().execute("INSERT INTO audit_run_rule(run_id, position, rule, severity, table_name, family, title,"
                    + " step, why, remediation, definition) VALUES (?,?,?,?,?,?,?,?,?,?,?)", Arrays.asList(runId, position++,
                    r.id(), r.severity().name(), r.table() == null ? null : r.table().id(), r.family(), r.title(),
                    r.step(), r.why(), r.remediation(), r.definition()));
        }
    }

    /** The rules of a run in catalogue order; empty for a run made before runs kept them (schema 1). */
    public List<RuleInfo> of(long runId) {
        List<RuleInfo> rules = new ArrayList<>();
        workspace.registry().forEach("SELECT * FROM audit_run_rule WHERE run_id = ? ORDER BY position", List.of(runId),
                row -> rules.add(new RuleInfo(row.text("rule"), Severity.valueOf(row.text("severity")),
                        row.text("table_name") == null ? null : TableKind.fromId(row.text("table_name")).orElseThrow(),
                        row.text("family"), row.text("title"), row.text("step"), row.text("why"), row.text("remediation"),
                        row.text("definition"))));
        return rules;
    }

    void delete(long runId) {
        workspace.registry().execute("DELETE FROM audit_run_rule WHERE run_id = ?", List.of(runId));
    }
}
