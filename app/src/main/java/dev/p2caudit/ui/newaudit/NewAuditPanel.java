package dev.p2caudit.ui.newaudit;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import dev.p2caudit.ui.newaudit.InputTableModel.TableChoice;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableCellRenderer;

/** Choose the pre and post exports, see what each file is before importing, fix a wrong table. */
public final class NewAuditPanel extends JPanel implements NewAuditView {

    private final InputTableModel files = new InputTableModel(this::tableChosen);
    private final JTable fileTable = Ui.named(new JTable(files), "inputFiles", "Input files");
    private final MappingTableModel mapping = new MappingTableModel();
    private final JTable mappingTable = Ui.named(new JTable(mapping), "headerMapping", "Header mapping of the selected file");
    private final JLabel mappingTitle = Ui.heading("Header mapping", "h4");
    private final JCheckBox onlyUnmapped = Ui.named(new JCheckBox("Only unmapped columns"), "onlyUnmapped",
            "Show only unmapped columns");
    private final JTextField workspace = Ui.named(new JTextField(40), "workspaceFile", "Workspace file");
    private final JLabel problem = Ui.named(new JLabel(" "), "newAuditProblem", "Problem");
    private NewAuditPresenter presenter;
    private InputRow shownMapping;

    public NewAuditPanel() {
        super(new BorderLayout());
        setName("newAuditScreen");
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(12), UIScale.scale(16), UIScale.scale(12), UIScale.scale(16)));
        add(top(), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, filesPane(), mappingPane());
        split.setResizeWeight(0.6);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        add(bottom(), BorderLayout.SOUTH);
    }

    public void attach(NewAuditPresenter newAuditPresenter) {
        this.presenter = newAuditPresenter;
    }

    private void tableChosen(int row, TableKind table) {
        presenter.setTable(row, table);
    }

    private JPanel top() {
        JPanel top = new JPanel(new BorderLayout(0, UIScale.scale(8)));
        top.add(Ui.heading("New audit", "h2"), BorderLayout.NORTH);
        JPanel zones = new JPanel(new GridLayout(1, 2, UIScale.scale(12), 0));
        zones.add(new DropZone(Snapshot.PRE, "Pre-migration exports", "Taken in step 2, before P2C was uninstalled.",
                paths -> presenter.add(Snapshot.PRE, paths)));
        zones.add(new DropZone(Snapshot.POST, "Post-migration exports", "Taken after the bootstrap and the initial sync.",
                paths -> presenter.add(Snapshot.POST, paths)));
        top.add(zones, BorderLayout.CENTER);
        return top;
    }

    private JPanel filesPane() {
        JPanel pane = new JPanel(new BorderLayout());
        pane.add(Ui.heading("Files, as they will be read", "h4"), BorderLayout.NORTH);
        fileTable.setFillsViewportHeight(true);
        fileTable.setSelectionMode(javax.swing.ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        Ui.fitRows(fileTable);
        JComboBox<TableChoice> tables = Ui.named(new JComboBox<>(), "tableChoice", "Table of the file");
        tables.addItem(new TableChoice(null));
        for (TableKind t : TableKind.values()) {
            tables.addItem(new TableChoice(t));
        }
        fileTable.getColumnModel().getColumn(InputTableModel.TABLE).setCellEditor(new DefaultCellEditor(tables));
        fileTable.setDefaultRenderer(Object.class, new StatusRenderer());
        fileTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                presenter.select(fileTable.getSelectedRow());
            }
        });
        widths(fileTable, 60, 220, 170, 120, 110, 90, 60, 140, 70, 70, 260);
        pane.add(new JScrollPane(fileTable), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, UIScale.scale(4)));
        buttons.add(Ui.button("Remove selected", "removeFiles", () -> presenter.remove(fileTable.getSelectedRows())));
        pane.add(buttons, BorderLayout.SOUTH);
        return pane;
    }

    private JPanel mappingPane() {
        JPanel pane = new JPanel(new BorderLayout());
        JPanel head = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, 0));
        head.add(mappingTitle);
        head.add(javax.swing.Box.createHorizontalStrut(UIScale.scale(16)));
        head.add(onlyUnmapped);
        onlyUnmapped.addActionListener(e -> showMapping(shownMapping));
        pane.add(head, BorderLayout.NORTH);
        mappingTable.setFillsViewportHeight(true);
        mappingTable.setDefaultRenderer(Object.class, new UnmappedRenderer());
        Ui.fitRows(mappingTable);
        widths(mappingTable, 40, 260, 200, 200, 400);
        pane.add(new JScrollPane(mappingTable), BorderLayout.CENTER);
        return pane;
    }

    private JPanel bottom() {
        JPanel bottom = new JPanel();
        Grid grid = Grid.on(bottom);
        grid.add(new JLabel("Workspace:")).add(workspace, 1, 1, 0, java.awt.GridBagConstraints.HORIZONTAL)
                .add(Ui.button("Choose…", "chooseWorkspace", () -> presenter.chooseWorkspace()));
        workspace.addActionListener(e -> presenter.setWorkspace(Path.of(workspace.getText().strip())));
        workspace.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (!workspace.getText().isBlank()) {
                    presenter.setWorkspace(Path.of(workspace.getText().strip()));
                }
            }
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, UIScale.scale(6), 0));
        buttons.add(Ui.button("Back", "backToStart", () -> presenter.back()));
        JButton go = Ui.button("Import and audit", "importAndAudit", () -> {
            if (!workspace.getText().isBlank()) {
                presenter.setWorkspace(Path.of(workspace.getText().strip()));
            }
            presenter.importAndAudit();
        });
        go.putClientProperty("JButton.buttonType", "default");
        buttons.add(go);
        grid.next().add(problem, 2, 1, 0, java.awt.GridBagConstraints.HORIZONTAL).add(buttons);
        return bottom;
    }

    @Override
    public void showFiles(List<InputRow> rows) {
        files.set(rows);
        Ui.fitColumns(fileTable, 50, 300);
        problem.setText(" ");
    }

    @Override
    public void showFile(int index, InputRow row) {
        files.set(index, row);
        if (inspectedFiles() == files.getRowCount()) {
            Ui.fitColumns(fileTable, 50, 300);
        }
        if (shownMapping != null && shownMapping.file().equals(row.file()) && shownMapping.snapshot() == row.snapshot()) {
            showMapping(row);
        }
    }

    @Override
    public void showMapping(InputRow row) {
        shownMapping = row;
        if (row == null || row.report() == null) {
            mappingTitle.setText(row == null ? "Header mapping (select a file)" : "Header mapping of " + row.file().getFileName());
            mapping.setColumns(List.of(), false);
            return;
        }
        mappingTitle.setText("Header mapping of " + row.file().getFileName() + ": " + row.unmapped().size() + " unmapped of "
                + row.report().columns().size());
        mapping.setColumns(row.report().columns(), onlyUnmapped.isSelected());
        Ui.fitColumns(mappingTable, 200, 420);
    }

    @Override
    public void showWorkspace(Path file) {
        workspace.setText(file == null ? "" : file.toString());
    }

    @Override
    public void showProblem(String message) {
        problem.setText(message);
        problem.setForeground(dev.p2caudit.ui.common.Theme.severity(dev.p2caudit.model.Severity.ERROR));
    }

    @Override
    public boolean confirm(String message) {
        return JOptionPane.showConfirmDialog(this, message, "Import and audit", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION;
    }

    @Override
    public Optional<Path> chooseWorkspaceFile(Path suggested) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Keep the workspace in");
        if (suggested != null) {
            chooser.setSelectedFile(suggested.toFile());
        }
        return chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    static void widths(JTable table, int... widths) {
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(UIScale.scale(widths[i]));
        }
    }

    /** Files that cannot be read show their status in red; a table the user chose, in bold. */
    private final class StatusRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            InputRow input = files.row(row);
            setFont(column == InputTableModel.TABLE && input.named() != null ? Ui.bold(table.getFont()) : table.getFont());
            boolean bad = !input.inspecting() && !input.loadable();
            if (!selected) {
                setForeground(bad ? dev.p2caudit.ui.common.Theme.severity(dev.p2caudit.model.Severity.ERROR) : table.getForeground());
            }
            setToolTipText(column == 10 ? input.status() : null);
            return this;
        }
    }

    /** Unmapped headers stand out: they are kept as text columns or ignored. */
    private final class UnmappedRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            if (!selected) {
                Color background = mapping.row(row).isCanonical() ? table.getBackground() : dev.p2caudit.ui.common.Theme.highlight();
                setBackground(background);
            }
            return this;
        }
    }

    /** How many files on screen are inspected (tests). */
    public int inspectedFiles() {
        int done = 0;
        for (int i = 0; i < files.getRowCount(); i++) {
            done += files.row(i).inspecting() ? 0 : 1;
        }
        return done;
    }
}
