package dev.p2caudit.ui.start;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;

/** The first screen: new audit, open a workspace, recent workspaces, the sample data. */
public final class StartPanel extends JPanel implements StartView {

    private final DefaultListModel<Recent> recentModel = new DefaultListModel<>();
    private final JList<Recent> recent = Ui.named(new JList<>(recentModel), "recentWorkspaces", "Recent workspaces");
    private final JScrollPane recentList = new JScrollPane(recent);
    private final javax.swing.JLabel noRecent = Ui.quiet("No recent workspaces yet: start a new audit, or try the sample data.");
    private StartPresenter presenter;

    public StartPanel() {
        super(new BorderLayout());
        setName("startScreen");
        // A column of readable width, centred: the screen is mostly empty space on a wide window.
        JPanel content = new JPanel() {
            @Override
            public java.awt.Dimension getPreferredSize() {
                return new java.awt.Dimension(UIScale.scale(860), super.getPreferredSize().height);
            }
        };
        Grid grid = Grid.on(content);
        grid.wide(Ui.heading("P2C Auditor", "h00"));
        grid.wide(Ui.paragraph("Audits the exports of a Dynamics 365 prospect-to-cash migration to dual-write: "
                + "the Sales exports taken before the P2C solution was uninstalled (pre) against those taken after "
                + "the bootstrap and the initial sync (post)."));
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, 0));
        JButton newAudit = Ui.button("New audit…", "newAudit", () -> presenter.newAudit());
        newAudit.putClientProperty("JButton.buttonType", "default");
        buttons.add(newAudit);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(Ui.button("Open workspace…", "openWorkspace", () -> presenter.openOther()));
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(Ui.button("Try the sample data", "trySample", () -> presenter.trySample()));
        grid.wide(buttons);
        grid.wide(Ui.heading("Recent workspaces", "h3"));
        recent.setCellRenderer(new RecentRenderer());
        recent.setVisibleRowCount(8);
        recent.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    presenter.open(recent.getSelectedValue());
                }
            }
        });
        recent.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        recent.getActionMap().put("open", Ui.action("Open", null, "Open the workspace",
                () -> presenter.open(recent.getSelectedValue())));
        grid.wide(recentList);
        grid.wide(noRecent);
        grid.wide(Ui.quiet("Shortcuts: Ctrl+N new audit, Ctrl+O open, F1 all shortcuts. View ▸ Dark theme switches the look."));
        grid.fill(new JPanel());
        content.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(24), UIScale.scale(32), UIScale.scale(24),
                UIScale.scale(32)));
        JPanel centred = new JPanel(new java.awt.GridBagLayout());
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.anchor = java.awt.GridBagConstraints.NORTH;
        c.fill = java.awt.GridBagConstraints.VERTICAL;
        c.weightx = 1;
        c.weighty = 1;
        centred.add(content, c);
        add(centred, BorderLayout.CENTER);
    }

    /** How many recent workspaces are listed (tests). */
    public int recentShown() {
        return recentModel.size();
    }

    public void attach(StartPresenter startPresenter) {
        this.presenter = startPresenter;
    }

    @Override
    public void showRecent(List<Recent> list) {
        recentModel.clear();
        list.forEach(recentModel::addElement);
        if (!list.isEmpty()) {
            recent.setSelectedIndex(0);
        }
        recentList.setVisible(!list.isEmpty());
        noRecent.setVisible(list.isEmpty());
        revalidate();
    }

    /** Name in bold, folder below; a missing file says so. */
    private static final class RecentRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            Recent r = (Recent) value;
            String name = r.file().getFileName().toString().replace(".mv.db", "");
            String folder = r.file().getParent() == null ? "" : r.file().getParent().toString();
            String text = "<html><b>" + escape(name) + "</b>" + (r.exists() ? "" : " <i>(missing)</i>")
                    + "<br><small>" + escape(folder) + "</small></html>";
            return super.getListCellRendererComponent(list, text, index, selected, focused);
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}
