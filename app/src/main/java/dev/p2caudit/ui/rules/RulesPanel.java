package dev.p2caudit.ui.rules;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Severity;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

/** Rules on or off, their severities, the parameters; saved with the workspace, then re-run. */
public final class RulesPanel extends JPanel implements RulesView {

    private RulesPresenter presenter;
    private final RulesTableModel rules = new RulesTableModel();
    private final JTable table = Ui.named(new JTable(rules), "rulesTable", "Rules of the catalogue");
    private final JTextArea about = Ui.named(Ui.paragraph("Select a rule to read why it matters."), "ruleAbout", "About the rule");
    private final JPanel parameterForm = new JPanel();
    private final Map<String, JTextField> fields = new LinkedHashMap<>();
    private final JLabel status = Ui.named(new JLabel(" "), "rulesStatus", "Rules saved or not");

    public RulesPanel() {
        super(new BorderLayout());
        setName("rulesScreen");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        Ui.fitRows(table);
        table.getColumnModel().getColumn(RulesTableModel.SEVERITY).setCellEditor(new DefaultCellEditor(
                Ui.named(new JComboBox<>(new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}),
                        "severityChoice", "Severity of the rule")));
        int[] widths = {40, 170, 90, 90, 100, 50, 520};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(UIScale.scale(widths[i]));
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0) {
                RuleRow r = rules.row(row);
                about.setText(r.rule().id() + ": " + r.rule().why() + "\nWhat to do: " + r.rule().remediation());
            }
        });
        JPanel top = new JPanel(new BorderLayout());
        top.add(new JScrollPane(table), BorderLayout.CENTER);
        about.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(6), UIScale.scale(8), UIScale.scale(6), UIScale.scale(8)));
        top.add(about, BorderLayout.SOUTH);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(Ui.heading("Parameters", "h4"), BorderLayout.NORTH);
        bottom.add(new JScrollPane(parameterForm), BorderLayout.CENTER);
        bottom.add(buttons(), BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setResizeWeight(0.65);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
    }

    public void attach(RulesPresenter rulesPresenter) {
        this.presenter = rulesPresenter;
        rules.attach(rulesPresenter);
    }

    private JPanel buttons() {
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(6), UIScale.scale(6)));
        buttons.add(Ui.button("Reset to defaults", "rulesReset", () -> presenter.resetToDefaults()));
        buttons.add(Ui.button("Save", "rulesSave", () -> {
            stopEditing();
            presenter.save();
        }));
        JButton rerun = Ui.button("Save and re-run the audit", "rulesRerun", () -> {
            stopEditing();
            presenter.saveAndRerun();
        });
        rerun.putClientProperty("JButton.buttonType", "default");
        rerun.setToolTipText("F5 re-runs with the saved rules");
        buttons.add(rerun);
        buttons.add(status);
        return buttons;
    }

    private void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        fields.forEach((name, field) -> presenter.setParameter(name, field.getText().strip()));
    }

    /** Whether the catalogue is on screen (tests). */
    public boolean rulesShown() {
        return rules.getRowCount() > 0;
    }

    @Override
    public void showRules(List<RuleRow> list) {
        rules.set(list);
        Ui.fitColumns(table, 100, 600);
    }

    @Override
    public void showParameters(Map<String, String> values, Map<String, String> defaults) {
        parameterForm.removeAll();
        fields.clear();
        Grid grid = Grid.on(parameterForm);
        for (Map.Entry<String, String> p : values.entrySet()) {
            JTextField field = Ui.named(new JTextField(p.getValue(), 24), "param-" + p.getKey(), "Parameter " + p.getKey());
            JLabel label = new JLabel(p.getKey() + ":");
            label.setLabelFor(field);
            fields.put(p.getKey(), field);
            grid.add(label).add(field).wide(Ui.quiet("default: " + (defaults.get(p.getKey()).isEmpty() ? "(empty)"
                    : defaults.get(p.getKey()))));
        }
        parameterForm.revalidate();
        parameterForm.repaint();
    }

    @Override
    public void showStatus(String message, boolean error) {
        status.setText(message);
        status.setForeground(error ? Theme.severity(Severity.ERROR) : Theme.foreground());
    }
}
