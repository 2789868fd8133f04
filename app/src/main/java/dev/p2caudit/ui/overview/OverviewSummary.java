package dev.p2caudit.ui.overview;

import dev.p2caudit.checks.AuditSummary;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import java.util.List;

/** The numbers above the dashboard's charts. */
public record OverviewSummary(AuditRun run, AuditSummary counts, List<ImportRecord> inputs) {

    public long files(Snapshot snapshot) {
        return inputs.stream().filter(i -> i.snapshot() == snapshot).count();
    }

    public long rows(Snapshot snapshot) {
        return inputs.stream().filter(i -> i.snapshot() == snapshot).mapToLong(ImportRecord::rowsLoaded).sum();
    }
}
