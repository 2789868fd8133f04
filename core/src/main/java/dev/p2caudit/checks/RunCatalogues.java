package dev.p2caudit.checks;

import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.model.RunCatalogue;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.util.List;

/**
 * The catalogue of a stored audit run, for everything that shows the run later (reports, JSON,
 * the findings and rules screens): the rules the run kept, so that a run with the organisation's
 * duplicate rules shows their titles and texts whatever rule file audits the workspace next.
 */
public final class RunCatalogues {

    private RunCatalogues() {
    }

    /**
     * The run's catalogue. A run made before runs kept theirs (a workspace of schema version 1)
     * gets the standard catalogue, the best guess there is, under the run's own ruleset version.
     */
    public static RunCatalogue of(Workspace ws, AuditRun run) {
        List<RuleInfo> kept = ws.runRules().of(run.id());
        return new RunCatalogue(run.rulesetVersion(), kept.isEmpty() ? Catalogue.standard().describe().rules() : kept);
    }

    /**
     * The run's rules as a catalogue the outputs can walk (the snapshots each rule ran on, its
     * texts): the standard rules with the duplicate rules the run kept, for a report, JUnit or
     * SARIF file written later from the workspace.
     */
    public static Catalogue catalogueOf(Workspace ws, AuditRun run) throws IOException {
        return Catalogue.standard().withDuplicateRulesOf(of(ws, run));
    }
}
