package dev.p2caudit.ui.newaudit;

import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input file as the new-audit screen shows it before importing: what the inspection found,
 * the table the user named (if any), or why it could not be read.
 *
 * @param named  the table the user chose, or {@code null} to let the file be recognised
 * @param report the inspection, or {@code null} while it runs or when it failed
 * @param error  why the inspection failed, or {@code null}
 */
public record InputRow(Path file, Snapshot snapshot, TableKind named, FileReport report, String error) {

    static InputRow pending(Path file, Snapshot snapshot, TableKind named) {
        return new InputRow(file, snapshot, named, null, null);
    }

    public boolean inspecting() {
        return report == null && error == null;
    }

    /** The table it will load into: the named one, else the recognised one. */
    public Optional<TableKind> table() {
        if (named != null) {
            return Optional.of(named);
        }
        return report == null || report.table() == null ? Optional.empty() : TableKind.fromId(report.table());
    }

    /** Whether the file can be imported as things stand. */
    public boolean loadable() {
        return report != null && report.loadable();
    }

    /** Headers that map to no canonical column (kept as text, or ignored). */
    public List<MappedColumn> unmapped() {
        return report == null ? List.of() : report.columns().stream().filter(c -> !c.isCanonical()).toList();
    }

    /** One line for the status column. */
    public String status() {
        if (inspecting()) {
            return "inspecting…";
        }
        if (error != null) {
            return error;
        }
        if (!report.problems().isEmpty()) {
            return String.join("; ", report.problems());
        }
        return report.rejected() == 0 ? "ready" : String.format("ready; %,d rows will be rejected", report.rejected());
    }
}
