package dev.p2caudit.ui.duplicates;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.ui.Theme;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/** Duplicate groups on the left; the selected group's members side by side on the right. */
public final class DuplicatesPanel extends JPanel implements DuplicatesView {

    private DuplicatesPresenter presenter;
    private final DefaultListModel<DuplicateGroup> groups = new DefaultListModel<>();
    private final JList<DuplicateGroup> groupList = Ui.named(new JList<>(groups), "duplicateGroups", "Duplicate groups");
    private final JLabel groupsTitle = Ui.heading("Duplicate groups", "h4");
    private final MembersModel members = new MembersModel();
    private final JTable memberTable = Ui.named(new JTable(members), "groupMembers", "Members of the group side by side");
    private final JLabel heading = Ui.named(Ui.heading("Select a group", "h4"), "groupHeading", "Selected group");
    private final JLabel survivor = Ui.named(new JLabel(" "), "survivor", "Suggested survivor");
    private final JButton openFinding = Ui.button("Open the finding", "openGroupFinding",
            () -> presenter.showFinding(groupList.getSelectedValue()));
    private final JButton showSurvivor = Ui.button("Show the survivor in the data browser", "showSurvivor",
            this::showSurvivor);

    public DuplicatesPanel() {
        super(new BorderLayout());
        setName("duplicatesScreen");
        JPanel left = new JPanel(new BorderLayout());
        left.add(groupsTitle, BorderLayout.NORTH);
        groupList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        groupList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                presenter.select(groupList.getSelectedValue());
            }
        });
        left.add(new JScrollPane(groupList), BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout());
        JPanel head = new JPanel(new BorderLayout());
        head.add(heading, BorderLayout.NORTH);
        head.add(survivor, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(6), 0));
        buttons.add(openFinding);
        buttons.add(showSurvivor);
        head.add(buttons, BorderLayout.SOUTH);
        right.add(head, BorderLayout.NORTH);
        memberTable.setDefaultRenderer(Object.class, new MatchRenderer());
        memberTable.setFillsViewportHeight(true);
        memberTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        Ui.fitRows(memberTable);
        right.add(new JScrollPane(memberTable), BorderLayout.CENTER);
        right.add(Ui.quiet("Shaded: a value the members share (what made them duplicates). Bold: a column the rule"
                + " names."), BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(0.3);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
    }

    public void attach(DuplicatesPresenter duplicatesPresenter) {
        this.presenter = duplicatesPresenter;
    }

    private void showSurvivor() {
        MemberTable table = members.table();
        if (table != null) {
            presenter.showMember(groupList.getSelectedValue(), table.members().get(table.survivor()));
        }
    }

    @Override
    public void showGroups(List<DuplicateGroup> list) {
        groups.clear();
        list.forEach(groups::addElement);
        groupsTitle.setText(list.isEmpty() ? "No duplicate groups in this run" : "Duplicate groups: " + list.size());
    }

    @Override
    public void selectGroup(int index) {
        groupList.setSelectedIndex(index);
        groupList.ensureIndexIsVisible(index);
    }

    @Override
    public void showMembers(DuplicateGroup group, MemberTable table) {
        heading.setText(group == null ? "Select a group" : "<html>" + escape(group.rule() + " · " + group.finding().message())
                + (group.why().isEmpty() ? "" : "<br>" + escape(group.why())) + "</html>");
        members.set(table);
        openFinding.setEnabled(group != null);
        showSurvivor.setEnabled(table != null);
        survivor.setText(table == null ? " " : "Suggested survivor: " + table.members().get(table.survivor()) + ", "
                + table.why() + ". The others would be merged into it.");
        for (int i = 0; i < memberTable.getColumnCount(); i++) {
            memberTable.getColumnModel().getColumn(i).setPreferredWidth(UIScale.scale(i == 0 ? 160 : 240));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** Shared values shaded, the rule's columns bold, the survivor's column in the accent colour. */
    private final class MatchRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            MemberTable.Row r = members.table().rows().get(row);
            setFont(r.triggered() ? Ui.bold(t.getFont()) : t.getFont());
            if (!selected) {
                boolean matched = column > 0 && r.matched().get(column - 1);
                setBackground(matched ? Theme.highlight() : t.getBackground());
            }
            return this;
        }
    }
}
