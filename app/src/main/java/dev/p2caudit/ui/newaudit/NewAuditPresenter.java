package dev.p2caudit.ui.newaudit;

import dev.p2caudit.ingest.FileInspector;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The new-audit screen: files and folders come in per snapshot, each file is inspected in the
 * background (table, encoding, delimiter, header mapping) before anything is imported, the user
 * may name a file's table, and the import starts with exactly what the screen shows.
 */
public final class NewAuditPresenter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final NewAuditView view;
    private final Background background;
    private final NewAuditActions actions;
    private final List<InputRow> rows = new ArrayList<>();
    private Path workspace;
    /** Bumped when the list is cleared or the import starts: queued inspections of before are skipped. */
    private int generation;

    public NewAuditPresenter(NewAuditView view, Background background, NewAuditActions actions) {
        this.view = view;
        this.background = background;
        this.actions = actions;
    }

    /** A fresh screen; {@code workspaceFile} preset (an empty workspace being filled) or {@code null}. */
    public void start(Path workspaceFile) {
        generation++;
        rows.clear();
        workspace = workspaceFile;
        view.showFiles(List.of());
        view.showMapping(null);
        view.showWorkspace(workspace);
    }

    public List<InputRow> rows() {
        return List.copyOf(rows);
    }

    /** Files and folders dropped or chosen for one snapshot. */
    public void add(Snapshot snapshot, List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (workspace == null) {
            Path first = paths.get(0).toAbsolutePath();
            Path folder = first.getParent() == null ? first : first.getParent();
            workspace = folder.resolve("p2c-audit-" + STAMP.format(LocalDateTime.now()) + ".mv.db");
            view.showWorkspace(workspace);
        }
        background.run("listing " + paths, () -> InputFiles.expand(paths), files -> added(snapshot, files),
                error -> view.showProblem(error.getMessage()));
    }

    private void added(Snapshot snapshot, List<Path> files) {
        for (Path file : files) {
            boolean known = rows.stream().anyMatch(r -> r.file().equals(file) && r.snapshot() == snapshot);
            if (!known) {
                rows.add(InputRow.pending(file, snapshot, null));
            }
        }
        if (files.isEmpty()) {
            view.showProblem("No export files there (CSV, TSV, TXT or xlsx).");
        }
        view.showFiles(List.copyOf(rows));
        rows.stream().filter(InputRow::inspecting).toList().forEach(this::inspect);
    }

    /** The user names the file's table (or {@code null}: recognise it again). */
    public void setTable(int index, TableKind table) {
        InputRow row = rows.get(index);
        if (row.named() == table) {
            return;
        }
        InputRow again = InputRow.pending(row.file(), row.snapshot(), table);
        rows.set(index, again);
        view.showFile(index, again);
        inspect(again);
    }

    public void remove(int[] indices) {
        List<InputRow> gone = new ArrayList<>();
        for (int i : indices) {
            gone.add(rows.get(i));
        }
        rows.removeAll(gone);
        view.showFiles(List.copyOf(rows));
        view.showMapping(null);
    }

    public void select(int index) {
        view.showMapping(index < 0 || index >= rows.size() ? null : rows.get(index));
    }

    public void chooseWorkspace() {
        view.chooseWorkspaceFile(workspace).ifPresent(this::setWorkspace);
    }

    public void setWorkspace(Path file) {
        workspace = file;
        view.showWorkspace(file);
    }

    public void back() {
        generation++;
        actions.back();
    }

    /** Checks what can be checked, then hands the inputs over. */
    public void importAndAudit() {
        if (rows.isEmpty()) {
            view.showProblem("Add the pre and post export files first (drop them here, or use the Add buttons).");
            return;
        }
        if (workspace == null) {
            view.showProblem("Choose where to keep the workspace.");
            return;
        }
        List<InputRow> unreadable = rows.stream().filter(r -> !r.inspecting() && !r.loadable()).toList();
        if (!unreadable.isEmpty() && !view.confirm(unreadable.size() + " file(s) cannot be read as they stand and will"
                + " be reported as errors:\n" + String.join("\n", unreadable.stream()
                .map(r -> r.file().getFileName() + ": " + r.status()).toList()) + "\n\nImport the others anyway?")) {
            return;
        }
        generation++;
        actions.importAndAudit(inputs(), workspace);
    }

    private AuditJob.Inputs inputs() {
        Map<Snapshot, List<Path>> files = new EnumMap<>(Snapshot.class);
        Map<Path, TableKind> tables = new HashMap<>();
        for (InputRow row : rows) {
            files.computeIfAbsent(row.snapshot(), s -> new ArrayList<>()).add(row.file());
            if (row.named() != null) {
                tables.put(row.file(), row.named());
            }
        }
        return new AuditJob.Inputs(files, tables);
    }

    private void inspect(InputRow row) {
        int asked = generation;
        background.run("inspecting " + row.file().getFileName(), () -> asked != generation ? null
                : new FileInspector().inspect(row.file(), row.snapshot(), row.named()), report -> {
                    if (report != null) {
                        replace(row, new InputRow(row.file(), row.snapshot(), row.named(), report, null));
                    }
                }, error -> replace(row, new InputRow(row.file(), row.snapshot(), row.named(), null,
                        "cannot read: " + error.getMessage())));
    }

    /** Puts an inspection's result in place, unless the row was removed or renamed meanwhile. */
    private void replace(InputRow asked, InputRow done) {
        int index = rows.indexOf(asked);
        if (index >= 0) {
            rows.set(index, done);
            view.showFile(index, done);
        }
    }
}
