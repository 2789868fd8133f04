package dev.p2caudit.ui.browser;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowseQuery;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.store.RowIndex;
import dev.p2caudit.store.TableBrowser;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.session.Navigator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The data browser: any table of either snapshot, sorted and filtered in the store, read a page
 * at a time; the selected record's findings; the landing place of "show record" links.
 */
public final class BrowserPresenter {

    private final BrowserView view;
    private final Background background;
    private final Navigator navigator;
    private AuditSession session;
    private List<TableChoice> tables = List.of();
    private TableChoice open;
    private List<String> columns = List.of();
    private BrowseQuery query = BrowseQuery.ALL;
    private RowIndex index = RowIndex.empty();
    /** A table asked for and not open yet (a link, a pick): it wins over the default first table. */
    private TableChoice requested;

    public BrowserPresenter(BrowserView view, Background background, Navigator navigator) {
        this.view = view;
        this.background = background;
        this.navigator = navigator;
    }

    /** A workspace on screen: its tables; the first one opens unless a table is open already. */
    public void show(AuditSession newSession) {
        this.session = newSession;
        background.run("counting rows", () -> counts(session.workspace()), choices -> {
            tables = choices;
            TableChoice wanted = requested != null ? requested : open;
            TableChoice keep = wanted == null ? null
                    : choices.stream().filter(c -> c.is(wanted.snapshot(), wanted.table())).findFirst().orElse(null);
            view.showTables(choices, keep);
            if (requested != null) {
                return;
            }
            if (keep != null) {
                open(keep.snapshot(), keep.table());
            } else if (!choices.isEmpty()) {
                open(choices.get(0).snapshot(), choices.get(0).table());
            }
        });
    }

    private static List<TableChoice> counts(Workspace ws) {
        List<TableChoice> choices = new ArrayList<>();
        for (Snapshot s : Snapshot.values()) {
            for (TableKind t : TableKind.values()) {
                long rows = ws.browse(s, t).count();
                if (rows > 0) {
                    choices.add(new TableChoice(s, t, rows));
                }
            }
        }
        return choices;
    }

    public List<TableChoice> tables() {
        return tables;
    }

    /** Opens a table in file order, unfiltered. */
    public void open(Snapshot snapshot, TableKind table) {
        load(snapshot, table, BrowseQuery.ALL, null);
    }

    public void sort(String column, boolean ascending) {
        if (open != null) {
            reindex(query.sortedBy(column, ascending));
        }
    }

    /** {@code column} {@code null}: any shown column. */
    public void filter(String column, String text) {
        if (open != null) {
            reindex(query.filteredBy(column, text));
        }
    }

    /** Jumps to the record with this key: the table opens unfiltered with the record selected. */
    public void showRecord(Snapshot snapshot, TableKind table, String key) {
        requested = new TableChoice(snapshot, table, 0);
        background.run("finding " + key, () -> session.workspace().records().find(snapshot, table, key, 1), ids -> {
            if (ids.isEmpty()) {
                load(snapshot, table, BrowseQuery.ALL, null);
                view.showMessage("No " + snapshot.id() + " " + table.displayName().toLowerCase() + " has the key " + key
                        + " (the finding may be about a record of the other snapshot, or a whole table).");
            } else {
                load(snapshot, table, BrowseQuery.ALL, ids.get(0));
            }
        });
    }

    /** A row was selected: the findings about that record. */
    public void select(BrowsedRow row) {
        if (row == null || open == null || session.run().isEmpty()) {
            view.showRecordFindings(null, List.of());
            return;
        }
        TableChoice where = open;
        long runId = session.runId();
        background.run("reading the record's findings", () -> recordFindings(session.workspace(), runId, where, row),
                found -> view.showRecordFindings(found.key(), found.findings()));
    }

    public void openFinding(Finding finding) {
        if (finding != null) {
            navigator.showFinding(finding);
        }
    }

    private void load(Snapshot snapshot, TableKind table, BrowseQuery newQuery, Long selectRowId) {
        TableChoice choice = tables.stream().filter(c -> c.is(snapshot, table)).findFirst()
                .orElse(new TableChoice(snapshot, table, 0));
        requested = choice;
        view.showBusy("Opening " + choice + "…");
        background.run("opening " + choice, () -> {
            TableBrowser browser = session.workspace().browse(snapshot, table);
            return new Loaded(browser.columns(), browser.index(newQuery));
        }, loaded -> {
            if (requested != choice) {
                return;
            }
            requested = null;
            // Tables open unfiltered: the index is the whole table, its size the row count.
            open = new TableChoice(snapshot, table, loaded.index().size());
            columns = loaded.columns();
            query = newQuery;
            index = loaded.index();
            view.showTable(open, columns, query);
            showRows();
            if (selectRowId != null) {
                view.selectRow(index.positionOf(selectRowId));
            }
        });
    }

    private void reindex(BrowseQuery newQuery) {
        TableChoice where = open;
        view.showBusy(newQuery.filtered() ? "Filtering…" : "Sorting…");
        background.run("sorting and filtering", () -> session.workspace().browse(where.snapshot(), where.table())
                .index(newQuery), newIndex -> {
                    if (where != open || requested != null) {
                        return;
                    }
                    query = newQuery;
                    index = newIndex;
                    showRows();
                });
    }

    private void showRows() {
        TableChoice where = open;
        RowIndex rows = index;
        view.showRows((offset, limit) -> session.workspace().browse(where.snapshot(), where.table())
                .rows(rows.slice((int) offset, (int) offset + limit)), rows.size(), where.rows());
    }

    private static RecordFindings recordFindings(Workspace ws, long runId, TableChoice where, BrowsedRow row) {
        Optional<String> key = ws.records().keyOf(where.snapshot(), where.table(), row.rowId());
        if (key.isEmpty()) {
            return new RecordFindings(null, List.of());
        }
        List<Finding> found = new ArrayList<>();
        FindingFilter filter = FindingFilter.ALL.withTable(where.table()).withSnapshot(where.snapshot()).withText(key.get());
        ws.findings().forEach(runId, filter, f -> {
            if (f.key().equals(key.get()) || Arrays.asList(f.key().split("\\+")).contains(key.get())) {
                found.add(f);
            }
        });
        return new RecordFindings(key.get(), found);
    }

    public BrowseQuery query() {
        return query;
    }

    private record Loaded(List<String> columns, RowIndex index) {
    }

    private record RecordFindings(String key, List<Finding> findings) {
    }
}
