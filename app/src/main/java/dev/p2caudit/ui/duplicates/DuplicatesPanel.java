package dev.p2caudit.ui.duplicates;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.ui.common.Theme;
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
    private final javax.swing.JTextArea about = Ui.named(Ui.paragraph(" "), "groupAbout", "What made the group");
    private final javax.swing.JTextArea survivor = Ui.named(Ui.paragraph(" "), "survivor", "Suggested survivor");
    private final JButton openFinding = Ui.button("Open the finding", "openGroupFinding",
            () -> presenter.showFinding(groupList.getSelectedValue()));
    private final JButton showSurvivor = Ui.button("Show the survivor in the data browser", "showSurvivor",
            this::showSurvivor);

    public DuplicatesPanel() {
        super(new BorderLayout());
        setName("duplicatesScreen");
        JPanel left = new JPanel(new BorderLayout());
        // The list's width follows its longest group key; the column starts at a readable width instead.
        left.setPreferredSize(new java.awt.Dimension(UIScale.scale(400), UIScale.scale(400)));
        left.add(groupsTitle, BorderLayout.NORTH);
        groupList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        groupList.setCellRenderer(new GroupRenderer());
        groupList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                presenter.select(groupList.getSelectedValue());
            }
        });
        left.add(new JScrollPane(groupList), BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout());
        JPanel head = new JPanel();
        dev.p2caudit.ui.common.Grid.on(head).wide(heading).wide(about).wide(survivor);
        JPanel top = new JPanel(new BorderLayout());
        top.add(head, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, UIScale.scale(6), 0));
        buttons.add(openFinding);
        buttons.add(showSurvivor);
        top.add(buttons, BorderLayout.SOUTH);
        right.add(top, BorderLayout.NORTH);
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

    /** Whether a group's members are on screen (tests). */
    public boolean membersShown() {
        return members.table() != null;
    }

    /** How many groups are listed, once the screen has loaded (tests); -1 before. */
    public int groupsShown() {
        return groupsTitle.getText().equals("Duplicate groups") ? -1 : groups.size();
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
        heading.setText(group == null ? "Select a group" : group.rule() + " · " + group.finding().snapshot().id() + " · "
                + group.members().size() + " records");
        about.setText(group == null ? " " : group.finding().message());
        members.set(table);
        openFinding.setEnabled(group != null);
        showSurvivor.setEnabled(table != null);
        survivor.setText(table == null ? " " : "★ Suggested survivor: " + table.members().get(table.survivor()) + ", "
                + table.why() + ". The others would be merged into it.");
        for (int i = 0; i < memberTable.getColumnCount(); i++) {
            memberTable.getColumnModel().getColumn(i).setPreferredWidth(UIScale.scale(i == 0 ? 160 : 240));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** Rule, snapshot and size in bold; the members' keys below, in full in the tooltip. */
    private static final class GroupRenderer extends javax.swing.DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            DuplicateGroup g = (DuplicateGroup) value;
            String text = "<html><b>" + escape(g.rule()) + "</b> · " + g.finding().snapshot().id() + " · "
                    + g.members().size() + " records<br><small>" + escape(g.finding().key().replace("+", " + "))
                    + "</small></html>";
            super.getListCellRendererComponent(list, text, index, selected, focused);
            setToolTipText(g.finding().key().replace("+", " + "));
            return this;
        }
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
