package dev.p2caudit.ui.findings;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Finding;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.ValueRowsModel;
import dev.p2caudit.ui.common.ValueRowsTable;
import dev.p2caudit.ui.common.WidthTracking;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;

/**
 * The selected finding: what it says, why it matters, what to do, its waiver, and its record
 * pre and post side by side; buttons to the record, the group, the waiver.
 */
final class FindingDetailPane extends JPanel {

    private final Supplier<FindingsPanel.Selection> selection;
    private FindingsPresenter presenter;
    private final JLabel heading = Ui.named(Ui.heading("Select a finding", "h4"), "detailHeading", "Selected finding");
    private final JTextArea message = Ui.named(Ui.paragraph(""), "detailMessage", "Message");
    private final JTextArea why = Ui.named(Ui.paragraph(""), "detailWhy", "Why it matters");
    private final JTextArea remediation = Ui.named(Ui.paragraph(""), "detailRemediation", "Remediation");
    private final JLabel waiver = Ui.named(new JLabel(" "), "detailWaiver", "Waiver");
    private final JTextArea located = Ui.named(Ui.paragraph(" "), "detailLocated", "Where the record is");
    private final ValueRowsModel values = new ValueRowsModel();
    private final ValueRowsModel record = new ValueRowsModel();
    private final JButton showRecord = Ui.button("Show record in data browser", "showRecord", () -> act(Act.RECORD));
    private final JButton showGroup = Ui.button("Show duplicate group", "showGroup", () -> act(Act.GROUP));
    private final JButton waive = Ui.button("Waive…", "waive", () -> act(Act.WAIVE));
    private final JButton unwaive = Ui.button("Remove waiver", "unwaive", () -> act(Act.UNWAIVE));

    private enum Act { RECORD, GROUP, WAIVE, UNWAIVE }

    private FindingDetail shown;

    FindingDetailPane(Supplier<FindingsPanel.Selection> selection) {
        super(new BorderLayout());
        this.selection = selection;
        setName("findingDetail");
        showRecord.setToolTipText("Ctrl+B");
        waive.setToolTipText("Ctrl+Shift+W");
        JPanel text = new WidthTracking();
        Grid grid = Grid.on(text);
        for (javax.swing.JComponent c : List.of(heading, message, section("Why it matters"), why, section("What to do"),
                remediation, waiver)) {
            grid.wide(c);
        }
        grid.fill(new JPanel());
        text.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(4), UIScale.scale(8), UIScale.scale(4), UIScale.scale(8)));
        JPanel tables = new JPanel(new BorderLayout());
        JPanel valuesPane = titled("Values behind the finding", new ValueRowsTable(values, "findingValues",
                "Values behind the finding, pre and post"));
        JPanel recordPane = titled("The record, pre and post side by side", new ValueRowsTable(record, "recordValues",
                "The record, pre and post side by side"));
        recordPane.add(located, BorderLayout.SOUTH);
        JSplitPane stacked = new JSplitPane(JSplitPane.VERTICAL_SPLIT, valuesPane, recordPane);
        stacked.setResizeWeight(0.3);
        stacked.setBorder(null);
        tables.add(stacked, BorderLayout.CENTER);
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.setBorder(null);
        textScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        // The buttons stay below the text, outside its scrolling: however long the finding's text
        // (or large the UI scale), its actions are in view.
        JPanel words = new JPanel(new BorderLayout());
        words.add(textScroll, BorderLayout.CENTER);
        words.add(buttons(), BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, words, tables);
        split.setResizeWeight(0.45);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        show(null);
    }

    void attach(FindingsPresenter findingsPresenter) {
        this.presenter = findingsPresenter;
    }

    private JPanel buttons() {
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, UIScale.scale(6)));
        buttons.setBorder(BorderFactory.createEmptyBorder(0, UIScale.scale(8), UIScale.scale(2), UIScale.scale(8)));
        for (JButton b : List.of(showRecord, showGroup, waive, unwaive)) {
            buttons.add(b);
            buttons.add(javax.swing.Box.createHorizontalStrut(UIScale.scale(6)));
        }
        return buttons;
    }

    private static JLabel section(String title) {
        JLabel label = Ui.heading(title, "h4");
        label.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(8), 0, UIScale.scale(2), 0));
        return label;
    }

    private static JPanel titled(String title, javax.swing.JTable table) {
        JPanel pane = new JPanel(new BorderLayout());
        pane.add(Ui.heading(title, "h4"), BorderLayout.NORTH);
        pane.add(new JScrollPane(table), BorderLayout.CENTER);
        return pane;
    }

    private void act(Act act) {
        FindingsPanel.Selection s = selection.get();
        switch (act) {
            case RECORD -> presenter.showRecord(s.finding());
            case GROUP -> presenter.showGroup(s.finding());
            case WAIVE -> presenter.waive(s.finding(), s.row());
            case UNWAIVE -> presenter.unwaive(s.finding(), s.row());
        }
    }

    FindingDetail shown() {
        return shown;
    }

    void show(FindingDetail detail) {
        shown = detail;
        if (detail == null) {
            heading.setText("Select a finding to see its record and what to do");
            for (JTextArea area : List.of(message, why, remediation)) {
                area.setText("");
            }
            waiver.setText(" ");
            located.setText(" ");
            values.set(List.of());
            record.set(List.of());
            for (JButton b : List.of(showRecord, showGroup, waive, unwaive)) {
                b.setEnabled(false);
            }
            return;
        }
        Finding f = detail.finding();
        heading.setText(f.rule() + " · " + f.severity() + " · " + (f.table() == null ? "" : f.table().id() + " ")
                + (f.snapshot() == null ? "" : f.snapshot().id() + " · ") + f.key());
        heading.setForeground(Theme.severity(f.severity()));
        message.setText((detail.rule() == null ? "" : detail.rule().title() + ". ") + (f.message() == null ? "" : f.message()));
        why.setText(detail.rule() == null ? "" : detail.rule().why() + (detail.rule().step().isBlank() ? ""
                : " (" + detail.rule().step().replaceAll("\\.+$", "") + ".)"));
        remediation.setText(f.remediation() != null && !f.remediation().isBlank() ? f.remediation()
                : detail.rule() == null ? "" : detail.rule().remediation());
        waiver.setText(f.waived() ? "Waived: " + f.waiverNote() : "Not waived.");
        located.setText(detail.located().isEmpty() ? " " : detail.located());
        values.set(detail.values());
        record.set(detail.record());
        showRecord.setEnabled(detail.hasRecord());
        showGroup.setEnabled(detail.isGroup());
        waive.setEnabled(!f.waived());
        unwaive.setEnabled(f.waived());
        revalidate();
    }
}
