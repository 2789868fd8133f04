package dev.p2caudit.ui.browser;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Finding;
import dev.p2caudit.store.BrowseQuery;
import dev.p2caudit.store.BrowsedRow;
import dev.p2caudit.ui.common.CellText;
import dev.p2caudit.ui.common.LazySelection;
import dev.p2caudit.ui.common.LazyTableModel;
import dev.p2caudit.ui.common.LazyTableModel.Column;
import dev.p2caudit.ui.common.ListTableModel;
import dev.p2caudit.ui.common.PageCache;
import dev.p2caudit.ui.common.ServerSorter;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import dev.p2caudit.ui.session.Background;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
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
import javax.swing.table.DefaultTableCellRenderer;

/** Any table of either snapshot, a page at a time; the selected record's findings below. */
public final class BrowserPanel extends JPanel implements BrowserView {

    private static final String ANY_COLUMN = "(any column)";

    private BrowserPresenter presenter;
    private final JComboBox<TableChoice> tables = Ui.named(new JComboBox<>(), "browserTable", "Table to browse");
    private final JComboBox<String> filterColumn = Ui.named(new JComboBox<>(), "browserFilterColumn", "Column to filter");
    private final JTextField filterText = Ui.named(new JTextField(16), "browserFilterText", "Filter text");
    private final JLabel count = Ui.named(new JLabel(" "), "browserCount", "Number of rows shown");
    private final LazyTableModel<BrowsedRow> model;
    private final JTable table;
    private final JLabel recordTitle = Ui.named(Ui.heading("Findings of the selected record", "h4"), "recordTitle",
            "Findings of the selected record");
    private final RecordFindingsModel recordFindings = new RecordFindingsModel();
    private final JTable recordTable = Ui.named(new JTable(recordFindings), "recordFindings", "Findings of the selected record");
    private boolean showing;
    private final LazySelection<BrowsedRow> selection;
    /** A table just opened: its columns fit the first page once it arrives. */
    private boolean fitPending;

    public BrowserPanel(Background background) {
        super(new BorderLayout());
        setName("browserScreen");
        model = new LazyTableModel<>(background, List.of());
        table = Ui.named(new JTable(model), "browserRows", "Rows of the table");
        selection = LazySelection.follow(table, model, row -> presenter.select(row));
        add(bar(), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, rows(), findings());
        split.setResizeWeight(0.75);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
    }

    public void attach(BrowserPresenter browserPresenter) {
        this.presenter = browserPresenter;
    }

    private JComponent bar() {
        JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(6), UIScale.scale(6)));
        tables.setMaximumRowCount(20);
        tables.addActionListener(e -> {
            if (!showing && tables.getSelectedItem() instanceof TableChoice c) {
                presenter.open(c.snapshot(), c.table());
            }
        });
        filterText.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "contains…");
        filterText.addActionListener(e -> applyFilter());
        bar.add(new JLabel("Table:"));
        bar.add(tables);
        bar.add(javax.swing.Box.createHorizontalStrut(UIScale.scale(12)));
        bar.add(new JLabel("Filter:"));
        bar.add(filterColumn);
        bar.add(filterText);
        bar.add(Ui.button("Apply", "browserApply", this::applyFilter));
        bar.add(Ui.button("Clear", "browserClear", () -> {
            filterText.setText("");
            applyFilter();
        }));
        bar.add(count);
        return bar;
    }

    private void applyFilter() {
        Object column = filterColumn.getSelectedItem();
        presenter.filter(column == null || ANY_COLUMN.equals(column) ? null : column.toString(), filterText.getText());
    }

    private JComponent rows() {
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new LoadingRenderer());
        table.setDefaultRenderer(Long.class, new LoadingRenderer());
        Ui.fitRows(table);
        model.addTableModelListener(e -> {
            if (fitPending && model.getRowCount() > 0 && model.cache().loaded(0)) {
                fitPending = false;
                Ui.fitColumns(table, PageCache.PAGE, 320);
            }
        });
        return new JScrollPane(table);
    }

    private JComponent findings() {
        JPanel pane = new JPanel(new BorderLayout());
        pane.add(recordTitle, BorderLayout.NORTH);
        recordTable.setFillsViewportHeight(true);
        Ui.fitRows(recordTable);
        recordTable.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = recordTable.getSelectedRow();
                if (e.getClickCount() == 2 && row >= 0) {
                    presenter.openFinding(recordFindings.row(row));
                }
            }
        });
        recordTable.setToolTipText("Double-click a finding to open it");
        pane.add(new JScrollPane(recordTable), BorderLayout.CENTER);
        return pane;
    }

    @Override
    public void showTables(List<TableChoice> choices, TableChoice open) {
        showing = true;
        tables.removeAllItems();
        choices.forEach(tables::addItem);
        if (open != null) {
            tables.setSelectedItem(open);
        }
        showing = false;
        if (choices.isEmpty()) {
            count.setText("No rows loaded.");
        }
    }

    @Override
    public void showTable(TableChoice choice, List<String> columns, BrowseQuery query) {
        showing = true;
        selectTable(choice);
        filterColumn.removeAllItems();
        filterColumn.addItem(ANY_COLUMN);
        columns.forEach(filterColumn::addItem);
        filterColumn.setSelectedItem(query.filterColumn() == null ? ANY_COLUMN : query.filterColumn());
        filterText.setText(query.filterText() == null ? "" : query.filterText());
        showing = false;
        List<Column<BrowsedRow>> shown = RowColumns.of(choice.table(), columns);
        model.setColumns(shown, (offset, limit) -> List.of(), 0);
        table.setRowSorter(new ServerSorter(model, (column, ascending) -> presenter.sort(
                column < 0 ? null : shown.get(column).sortKey(), ascending)));
        fitPending = true;
        showRecordFindings(null, List.of());
    }

    private void selectTable(TableChoice choice) {
        for (int i = 0; i < tables.getItemCount(); i++) {
            if (tables.getItemAt(i).is(choice.snapshot(), choice.table())) {
                tables.setSelectedIndex(i);
                return;
            }
        }
    }

    @Override
    public void showRows(PageCache.Source<BrowsedRow> source, int size, long total) {
        model.reset(source, size);
        table.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1));
        count.setText(size == total ? CellText.count(total) + " rows" : CellText.count(size) + " of "
                + CellText.count(total) + " rows");
    }

    @Override
    public void showBusy(String what) {
        count.setText(what);
    }

    @Override
    public void selectRow(int row) {
        if (selection.select(row)) {
            table.requestFocusInWindow();
        }
    }

    @Override
    public void showRecordFindings(String key, List<Finding> found) {
        recordTitle.setText(key == null ? "Findings of the selected record"
                : "Findings of " + key + ": " + found.size() + (found.isEmpty() ? " (a clean record)" : ""));
        recordFindings.set(found);
    }

    @Override
    public void showMessage(String message) {
        JOptionPane.showMessageDialog(this, message, "Data browser", JOptionPane.INFORMATION_MESSAGE);
    }

    /** Whether the selected record's findings are on screen (tests). */
    public boolean recordFindingsShown() {
        return !recordTitle.getText().equals("Findings of the selected record");
    }

    public JTable table() {
        return table;
    }

    /** The open table's model (tests and the benchmark look at what is loaded). */
    public LazyTableModel<BrowsedRow> model() {
        return model;
    }

    /** Rows not read yet show an ellipsis in their first cell. */
    private final class LoadingRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            boolean loading = model.row(row) == null;
            return super.getTableCellRendererComponent(t, loading && column == 0 ? "…" : value, selected, focused, row,
                    column);
        }
    }

    /** Rule | Severity | Message | Waived of one record. */
    private static final class RecordFindingsModel extends ListTableModel<Finding> {

        RecordFindingsModel() {
            super("Rule", "Severity", "Message", "Waived");
        }

        @Override
        protected Object value(Finding f, int column) {
            return switch (column) {
                case 0 -> f.rule();
                case 1 -> f.severity();
                case 2 -> f.message();
                default -> f.waived() ? "yes" : "";
            };
        }
    }
}
