package dev.p2caudit.ui.findings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.FindingSort;
import dev.p2caudit.ui.common.CellText;
import dev.p2caudit.ui.common.LazySelection;
import dev.p2caudit.ui.common.LazyTableModel;
import dev.p2caudit.ui.common.PageCache;
import dev.p2caudit.ui.common.ServerSorter;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import dev.p2caudit.ui.session.Background;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;

/** Every finding of the run: filter bar, a listing read page by page, the selected finding's detail. */
public final class FindingsPanel extends JPanel implements FindingsView {

    private static final String ANY = "(any)";

    private FindingsPresenter presenter;
    private final LazyTableModel<Finding> model;
    private final JTable table;
    private final JComboBox<Object> severity = Ui.named(new JComboBox<>(), "filterSeverity", "Filter by severity");
    private final JComboBox<Object> rule = Ui.named(new JComboBox<>(), "filterRule", "Filter by rule");
    private final JComboBox<Object> tableFilter = Ui.named(new JComboBox<>(), "filterTable", "Filter by table");
    private final JComboBox<Object> snapshot = Ui.named(new JComboBox<>(), "filterSnapshot", "Filter by snapshot");
    private final JTextField search = Ui.named(new JTextField(18), "filterText", "Search keys and messages");
    private final JLabel count = Ui.named(new JLabel(" "), "findingsCount", "Number of findings shown");
    private final FindingDetailPane detail;
    private final Timer typing;
    /** Set while the view shows a filter it was given, so the combos do not echo it back as a new filter. */
    private boolean showing;
    /** The selected finding; one selected before its page arrived shows its detail when it does. */
    private final LazySelection<Finding> selection;
    private FindingFilter shown = FindingFilter.ALL;

    public FindingsPanel(Background background) {
        super(new BorderLayout());
        setName("findingsScreen");
        model = new LazyTableModel<>(background, FindingColumns.ALL);
        table = Ui.named(new JTable(model), "findingsTable", "Findings");
        selection = LazySelection.follow(table, model, finding -> presenter.select(finding));
        detail = new FindingDetailPane(this::selected);
        typing = new Timer(300, e -> filterChanged());
        typing.setRepeats(false);
        add(filterBar(), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, listing(), detail);
        split.setResizeWeight(0.55);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
    }

    public void attach(FindingsPresenter findingsPresenter) {
        this.presenter = findingsPresenter;
        detail.attach(findingsPresenter);
    }

    private JComponent filterBar() {
        JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(6), UIScale.scale(6)));
        severity.addItem(ANY);
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            severity.addItem(s);
        }
        tableFilter.addItem(ANY);
        for (TableKind t : TableKind.values()) {
            tableFilter.addItem(t);
        }
        snapshot.addItem(ANY);
        for (Snapshot s : Snapshot.values()) {
            snapshot.addItem(s);
        }
        rule.addItem(ANY);
        rule.setMaximumRowCount(24);
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "key or message");
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        for (JComboBox<Object> combo : List.of(severity, rule, tableFilter, snapshot)) {
            combo.addActionListener(e -> filterChanged());
        }
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        search.addActionListener(e -> filterChanged());
        bar.add(labelled("Severity", severity));
        bar.add(labelled("Rule", rule));
        bar.add(labelled("Table", tableFilter));
        bar.add(labelled("Snapshot", snapshot));
        bar.add(labelled("Search", search));
        bar.add(Ui.button("Clear filters", "clearFilters", () -> presenter.filter(FindingFilter.ALL)));
        bar.add(count);
        return bar;
    }

    private static JComponent labelled(String text, JComponent field) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(3), 0));
        JLabel label = new JLabel(text + ":");
        label.setLabelFor(field);
        p.add(label);
        p.add(field);
        return p;
    }

    private JComponent listing() {
        table.setRowSorter(new ServerSorter(model, (column, ascending) -> presenter.sort(
                column < 0 ? null : FindingColumns.ALL.get(column).sortKey(), ascending)));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new SeverityRenderer());
        Ui.fitRows(table);
        for (int i = 0; i < FindingColumns.WIDTHS.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(UIScale.scale(FindingColumns.WIDTHS[i]));
        }
        return new JScrollPane(table);
    }

    /** The selected finding and its row (the detail pane's buttons act on it). */
    Selection selected() {
        return new Selection(selection.current(), selection.row());
    }

    record Selection(Finding finding, int row) {
    }

    private void typed() {
        if (!showing) {
            typing.restart();
        }
    }

    private void filterChanged() {
        if (showing || presenter == null) {
            return;
        }
        typing.stop();
        presenter.filter(new FindingFilter(chosen(severity, Severity.class), rule.getSelectedItem() instanceof String r
                && !r.equals(ANY) ? r : null, chosen(tableFilter, TableKind.class), chosen(snapshot, Snapshot.class), null)
                .withText(search.getText()));
    }

    private static <T> T chosen(JComboBox<Object> combo, Class<T> type) {
        Object item = combo.getSelectedItem();
        return type.isInstance(item) ? type.cast(item) : null;
    }

    @Override
    public void showRules(List<String> rules) {
        showing = true;
        rule.removeAllItems();
        rule.addItem(ANY);
        rules.forEach(rule::addItem);
        showing = false;
    }

    @Override
    public void showFilter(FindingFilter filter) {
        shown = filter;
        showing = true;
        severity.setSelectedItem(filter.severity() == null ? ANY : filter.severity());
        if (filter.rule() != null && ((javax.swing.DefaultComboBoxModel<Object>) rule.getModel()).getIndexOf(filter.rule()) < 0) {
            rule.addItem(filter.rule());
        }
        rule.setSelectedItem(filter.rule() == null ? ANY : filter.rule());
        tableFilter.setSelectedItem(filter.table() == null ? ANY : filter.table());
        snapshot.setSelectedItem(filter.snapshot() == null ? ANY : filter.snapshot());
        if (!search.getText().strip().equals(filter.text() == null ? "" : filter.text())) {
            search.setText(filter.text() == null ? "" : filter.text());
        }
        showing = false;
    }

    @Override
    public void showSort(FindingSort sort) {
        if (sort.column() == null) {
            table.getRowSorter().setSortKeys(List.of());
            return;
        }
        for (int i = 0; i < FindingColumns.ALL.size(); i++) {
            if (FindingColumns.ALL.get(i).sortKey().equals(sort.column())) {
                table.getRowSorter().setSortKeys(List.of(new RowSorter.SortKey(i,
                        sort.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING)));
            }
        }
    }

    @Override
    public void showFindings(PageCache.Source<Finding> source, long shown, long total) {
        model.reset(source, (int) Math.min(Integer.MAX_VALUE, shown));
        table.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1));
        count.setText(shown == total ? CellText.count(total) + " findings"
                : CellText.count(shown) + " of " + CellText.count(total) + " findings");
    }

    @Override
    public void selectRow(int row) {
        selection.select(row);
    }

    @Override
    public void showDetail(FindingDetail shown) {
        detail.show(shown);
    }

    @Override
    public Optional<WaiverInput> askWaiver(Finding finding, String suggestedWho) {
        return WaiverDialog.ask(this, finding, suggestedWho);
    }

    @Override
    public void showMessage(String message) {
        JOptionPane.showMessageDialog(this, message, "Findings", JOptionPane.WARNING_MESSAGE);
    }

    /** The listing and its model (the benchmark scrolls them). */
    public JTable table() {
        return table;
    }

    public LazyTableModel<Finding> model() {
        return model;
    }

    /** Whether the detail pane shows a finding (tests). */
    public boolean detailShown() {
        return detail.shown() != null;
    }

    /** The filter the bar shows (tests). */
    public FindingFilter shownFilter() {
        return shown;
    }

    /** A row of the listing, or {@code null} while its page loads (tests). */
    public Finding rowAt(int row) {
        return row < model.getRowCount() ? model.row(row) : null;
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    public void showRecordOfSelection() {
        presenter.showRecord(selected().finding());
    }

    public void waiveSelection() {
        Selection s = selected();
        presenter.waive(s.finding(), s.row());
    }

    /** Severity in its colour; a waived finding greyed out; rows still loading say so. */
    private final class SeverityRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            Finding f = model.row(row);
            super.getTableCellRendererComponent(t, f == null && column == 0 ? "…" : value, selected, focused, row, column);
            if (!selected && f != null) {
                setForeground(column == 1 ? Theme.severity(f.severity())
                        : f.waived() ? javax.swing.UIManager.getColor("Label.disabledForeground") : t.getForeground());
            }
            setToolTipText(column == 5 && value != null ? "<html><p width=500>" + value.toString().replace("&", "&amp;")
                    .replace("<", "&lt;") + "</p></html>" : null);
            return this;
        }
    }
}
