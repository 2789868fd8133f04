package dev.p2caudit.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Waivers given in the desktop app, kept with the workspace so that every later run applies them,
 * and stamped on the findings of the run on screen at once. One waiver per rule and key, as in
 * a waivers file (docs/profile.md).
 */
public final class WaiverStore {

    /** One stored waiver. */
    public record StoredWaiver(String rule, String key, String reason, String who, LocalDate until) {
    }

    private final Workspace workspace;

    WaiverStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<StoredWaiver> all() {
        List<StoredWaiver> waivers = new ArrayList<>();
        workspace.registry().forEach("SELECT rule, record_key, reason, who, until FROM waiver ORDER BY rule, record_key",
                List.of(), row -> waivers.add(new StoredWaiver(row.text("rule"), row.text("record_key"),
                        row.text("reason"), row.text("who"), ((java.sql.Date) row.get("until")).toLocalDate())));
        return waivers;
    }

    /**
     * Keeps the waiver (replacing one for the same rule and key) and marks the run's findings of
     * that rule and key waived with {@code note}, in one transaction.
     */
    public void waive(long runId, StoredWaiver waiver, String note) {
        inTransaction(() -> {
            workspace.registry().execute("MERGE INTO waiver(rule, record_key, reason, who, until, created_at) KEY(rule, record_key)"
                    + " VALUES (?,?,?,?,?,?)", List.of(waiver.rule(), waiver.key(), waiver.reason(), waiver.who(),
                    waiver.until(), OffsetDateTime.now(ZoneOffset.UTC)));
            workspace.registry().execute("UPDATE finding SET waived = TRUE, waiver_note = ? WHERE run_id = ? AND rule = ?"
                    + " AND record_key = ?", List.of(note, runId, waiver.rule(), waiver.key()));
        });
    }

    /** Drops the waiver; the run's findings of that rule and key count again. */
    public void unwaive(long runId, String rule, String key) {
        inTransaction(() -> {
            workspace.registry().execute("DELETE FROM waiver WHERE rule = ? AND record_key = ?", List.of(rule, key));
            workspace.registry().execute("UPDATE finding SET waived = FALSE, waiver_note = NULL WHERE run_id = ? AND rule = ?"
                    + " AND record_key = ?", List.of(runId, rule, key));
        });
    }

    private void inTransaction(Runnable work) {
        try {
            workspace.connection().setAutoCommit(false);
            work.run();
            workspace.connection().commit();
        } catch (java.sql.SQLException e) {
            throw workspace.failure("saving a waiver", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            try {
                workspace.connection().setAutoCommit(true);
            } catch (java.sql.SQLException e) {
                // the connection is broken; the next use reports it
            }
        }
    }

    private void rollback() {
        try {
            workspace.connection().rollback();
        } catch (java.sql.SQLException e) {
            // nothing more to undo with a broken connection
        }
    }
}
