package dev.p2caudit.ui;

import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.export.ExportKind;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** The menus and their shortcuts; every main action of the app is here, so the keyboard reaches it. */
final class MainMenu {

    private final MainPresenter app;
    private final Screens screens;
    private final MainWindow window;
    private final List<Action> needWorkspace = new ArrayList<>();
    private final List<Action> needRun = new ArrayList<>();
    private final List<Action> idleOnly = new ArrayList<>();
    private final JMenuBar bar = new JMenuBar();

    MainMenu(MainPresenter app, Screens screens, MainWindow window) {
        this.app = app;
        this.screens = screens;
        this.window = window;
        bar.add(file());
        bar.add(view());
        bar.add(audit());
        bar.add(export());
        bar.add(help());
    }

    JMenuBar bar() {
        return bar;
    }

    private JMenu file() {
        JMenu menu = menu("File", KeyEvent.VK_F);
        menu.add(item(Ui.action("New audit…", Ui.ctrl(KeyEvent.VK_N), "Choose pre and post exports", app::newAudit),
                idleOnly, "menuNewAudit"));
        menu.add(item(Ui.action("Open workspace…", Ui.ctrl(KeyEvent.VK_O), "Open an audit workspace",
                app::openWorkspace), idleOnly, "menuOpen"));
        menu.add(item(Ui.action("Try the sample data", null, "Audit the bundled sample set", app::trySample),
                idleOnly, "menuSample"));
        menu.add(item(Ui.action("Start screen", Ui.ctrl(KeyEvent.VK_HOME), "Recent workspaces", app::showStart),
                idleOnly, "menuStart"));
        menu.addSeparator();
        menu.add(item(Ui.action("Close workspace", null, "Close the open workspace", app::closeWorkspace),
                needWorkspace, "menuClose"));
        menu.add(item(Ui.action("Exit", Ui.ctrl(KeyEvent.VK_Q), "Close the workspace and quit", app::exit), null,
                "menuExit"));
        return menu;
    }

    private JMenu view() {
        JMenu menu = menu("View", KeyEvent.VK_V);
        int key = KeyEvent.VK_1;
        for (Tab tab : Tab.values()) {
            menu.add(item(Ui.action(tab.title(), Ui.ctrl(key++), "Show " + tab.title(), () -> app.showTab(tab)), needRun,
                    "menuTab" + tab.name()));
        }
        menu.addSeparator();
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Ui.action("Dark theme", Ui.ctrlShift(KeyEvent.VK_D),
                "Switch between the light and the dark theme", app::toggleTheme));
        dark.setSelected(app.dark());
        dark.setName("menuDark");
        menu.add(dark);
        return menu;
    }

    private JMenu audit() {
        JMenu menu = menu("Audit", KeyEvent.VK_A);
        menu.add(item(Ui.action("Re-run the audit", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0),
                "Audit again with the saved rules and waivers", app::rerun), needRun, "menuRerun"));
        menu.add(item(Ui.action("Cancel", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "Stop the import or audit",
                app::cancelRun), null, "menuCancel"));
        menu.addSeparator();
        menu.add(item(Ui.action("Find in findings", Ui.ctrl(KeyEvent.VK_F), "Search the findings' keys and messages",
                () -> {
                    app.showTab(Tab.FINDINGS);
                    window.findings().focusSearch();
                }), needRun, "menuFind"));
        menu.add(item(Ui.action("Show record in data browser", Ui.ctrl(KeyEvent.VK_B), "The selected finding's record",
                () -> window.findings().showRecordOfSelection()), needRun, "menuShowRecord"));
        menu.add(item(Ui.action("Waive the finding…", Ui.ctrlShift(KeyEvent.VK_W), "Accept the selected finding",
                () -> window.findings().waiveSelection()), needRun, "menuWaive"));
        return menu;
    }

    private JMenu export() {
        JMenu menu = menu("Export", KeyEvent.VK_E);
        for (ExportKind kind : ExportKind.values()) {
            KeyStroke key = kind == ExportKind.HTML ? Ui.ctrl(KeyEvent.VK_E) : null;
            menu.add(item(Ui.action(kind.title() + "…", key, "Write the run's " + kind.title(),
                    () -> screens.export().export(kind)), needRun, "menuExport" + kind.name()));
        }
        return menu;
    }

    private JMenu help() {
        JMenu menu = menu("Help", KeyEvent.VK_H);
        menu.add(item(Ui.action("Keyboard shortcuts", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), "List the shortcuts",
                this::shortcuts), null, "menuShortcuts"));
        return menu;
    }

    private void shortcuts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu menu = bar.getMenu(i);
            for (int j = 0; j < menu.getItemCount(); j++) {
                JMenuItem item = menu.getItem(j);
                if (item != null && item.getAccelerator() != null) {
                    text.append(String.format("%-28s %s%n", item.getText(), shortcut(item.getAccelerator())));
                }
            }
        }
        javax.swing.JTextArea area = new javax.swing.JTextArea(text.toString());
        area.setEditable(false);
        area.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, area.getFont().getSize()));
        JOptionPane.showMessageDialog(window, area, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    private static String shortcut(KeyStroke key) {
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        return (modifiers.isEmpty() ? "" : modifiers + "+") + KeyEvent.getKeyText(key.getKeyCode());
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu menu = new JMenu(text);
        menu.setMnemonic(mnemonic);
        menu.setName("menu" + text);
        return menu;
    }

    private static JMenuItem item(Action action, List<Action> group, String name) {
        if (group != null) {
            group.add(action);
        }
        JMenuItem item = new JMenuItem(action);
        item.setName(name);
        return item;
    }

    /** Escape cancels a running import or audit wherever the focus is. */
    void bindKeys(JRootPane root) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancelRun");
        root.getActionMap().put("cancelRun", Ui.action("Cancel", null, "Stop the import or audit", app::cancelRun));
    }

    void enable(boolean workspaceOpen, boolean runAvailable, boolean busy) {
        needWorkspace.forEach(a -> a.setEnabled(workspaceOpen && !busy));
        needRun.forEach(a -> a.setEnabled(runAvailable && !busy));
        idleOnly.forEach(a -> a.setEnabled(!busy));
    }
}
