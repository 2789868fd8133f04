package dev.p2caudit.ui.run;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Severity;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.ListTableModel;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.session.CancellableProgress;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** Import and audit under way: what it is doing, how far, the files so far, a cancel button. */
public final class RunPanel extends JPanel implements RunView {

    private RunPresenter presenter;

    private final JLabel title = Ui.heading("Auditing", "h2");
    private final JLabel task = Ui.named(new JLabel(" "), "runTask", "Current step");
    private final JProgressBar bar = Ui.named(new JProgressBar(0, 1000), "runProgress", "Progress");
    private final JLabel outcome = Ui.named(new JLabel(" "), "runOutcome", "Outcome");
    private final FilesModel files = new FilesModel();
    private final JTable fileTable = Ui.named(new JTable(files), "runFiles", "Files and their errors");
    private final JButton cancel = Ui.button("Cancel", "cancelRun", () -> presenter.cancel());
    private final JButton results = Ui.button("Show results", "showResults", () -> presenter.showResults());
    private final JButton back = Ui.button("Back", "leaveRun", () -> presenter.leave());

    public RunPanel() {
        super(new BorderLayout());
        setName("runScreen");
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(16), UIScale.scale(24), UIScale.scale(16), UIScale.scale(24)));
        JPanel top = new JPanel();
        Grid grid = Grid.on(top);
        grid.wide(title).wide(task).wide(bar).wide(outcome);
        bar.setStringPainted(true);
        add(top, BorderLayout.NORTH);
        fileTable.setDefaultRenderer(Object.class, new FileRenderer());
        fileTable.setFillsViewportHeight(true);
        Ui.fitRows(fileTable);
        add(new JScrollPane(fileTable), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        results.putClientProperty("JButton.buttonType", "default");
        buttons.add(back);
        buttons.add(cancel);
        buttons.add(results);
        add(buttons, BorderLayout.SOUTH);
    }

    public void attach(RunPresenter runPresenter) {
        this.presenter = runPresenter;
    }

    @Override
    public void showStarted(String text) {
        title.setText(text);
        task.setText("starting…");
        outcome.setText(" ");
        bar.setIndeterminate(true);
        bar.setString("");
        files.set(List.of());
        cancel.setEnabled(true);
        results.setVisible(false);
        back.setVisible(false);
    }

    @Override
    public void showStep(CancellableProgress.Step step) {
        if (step == null) {
            return;
        }
        if (step.total() > 0) {
            bar.setIndeterminate(false);
            bar.setValue((int) (1000 * step.done() / step.total()));
            bar.setString(step.done() + " / " + step.total());
            task.setText(step.task());
        } else {
            bar.setIndeterminate(true);
            bar.setString(String.format("%,d rows", step.done()));
            task.setText(step.task() + String.format(": %,d rows", step.done()));
        }
    }

    @Override
    public void showFiles(List<FileLine> lines) {
        files.set(lines);
        Ui.fitColumns(fileTable, 100, 500);
    }

    @Override
    public void showCancelling() {
        cancel.setEnabled(false);
        task.setText("cancelling: undoing the step under way…");
    }

    @Override
    public void showFinished(String summary) {
        stopped();
        bar.setValue(1000);
        bar.setString("done");
        task.setText("done");
        outcome.setText(summary);
        results.setVisible(true);
        results.requestFocusInWindow();
    }

    @Override
    public void showCancelled(String message) {
        stopped();
        task.setText("cancelled");
        outcome.setText(message);
    }

    @Override
    public void showFailed(String message) {
        stopped();
        task.setText("failed");
        outcome.setText("<html>" + message.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        outcome.setForeground(Theme.severity(Severity.ERROR));
    }

    private void stopped() {
        back.setVisible(true);
        bar.setIndeterminate(false);
        cancel.setEnabled(false);
        outcome.setForeground(Theme.foreground());
    }

    /** The files of the import, one line each. */
    private static final class FilesModel extends ListTableModel<FileLine> {

        FilesModel() {
            super("Snapshot", "File", "Table", "Rows loaded", "Rejected", "Result");
        }

        @Override
        protected Object value(FileLine l, int column) {
            return switch (column) {
                case 0 -> l.snapshot();
                case 1 -> l.file();
                case 2 -> l.table();
                case 3 -> String.format("%,d", l.rows());
                case 4 -> String.format("%,d", l.rejected());
                default -> l.message();
            };
        }
    }

    /** A file that did not load is red; one with rejected rows, amber. */
    private final class FileRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            FileLine line = files.row(row);
            if (!selected) {
                setForeground(!line.ok() ? Theme.severity(Severity.ERROR)
                        : line.rejected() > 0 ? Theme.severity(Severity.WARNING) : table.getForeground());
            }
            return this;
        }
    }
}
