package dev.p2caudit.ui.common;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/** Small helpers that keep the panels short: names for tests and screen readers, labels, actions. */
public final class Ui {

    private Ui() {
    }

    /** Names a control for AssertJ-Swing ({@code name}) and for screen readers ({@code spoken}). */
    public static <T extends JComponent> T named(T component, String name, String spoken) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(spoken);
        return component;
    }

    public static JButton button(String text, String name, Runnable action) {
        JButton button = new JButton(text);
        named(button, name, text.replace("…", ""));
        button.addActionListener(e -> action.run());
        return button;
    }

    /** An action with a name, a shortcut and a description (menus and buttons share it). */
    public static Action action(String text, KeyStroke key, String description, Runnable run) {
        Action action = new AbstractAction(text) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, key);
        action.putValue(Action.SHORT_DESCRIPTION, description);
        return action;
    }

    public static KeyStroke ctrl(int keyCode) {
        return KeyStroke.getKeyStroke(keyCode, java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
    }

    public static KeyStroke ctrlShift(int keyCode) {
        return KeyStroke.getKeyStroke(keyCode, java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()
                | KeyEvent.SHIFT_DOWN_MASK);
    }

    /** A heading in FlatLaf's type scale ({@code h1} … {@code h4}). */
    public static JLabel heading(String text, String style) {
        JLabel label = new JLabel(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }

    /** A secondary, smaller label. */
    public static JLabel quiet(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        // A style, not a colour: it follows a switch between the light and the dark theme.
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        return label;
    }

    /** Text that wraps instead of being cut off, whatever the width and the scaling. */
    public static JTextArea paragraph(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        area.setFont(UIManager.getFont("Label.font"));
        // A text area's caret scrolls its scroll pane to wherever the text was last set.
        ((javax.swing.text.DefaultCaret) area.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        return area;
    }

    public static Font bold(Font font) {
        return font.deriveFont(Font.BOLD);
    }

    /**
     * Column widths from the header and the first rows' text, so that short values are not cut
     * while long ones (messages) keep the rest; {@code max} caps a column at 100%.
     */
    public static void fitColumns(JTable table, int rows, int max) {
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        java.awt.FontMetrics header = table.getFontMetrics(Ui.bold(table.getFont()));
        int pad = com.formdev.flatlaf.util.UIScale.scale(18);
        for (int c = 0; c < table.getColumnCount(); c++) {
            int width = header.stringWidth(table.getColumnName(c)) + pad;
            for (int r = 0; r < Math.min(rows, table.getRowCount()); r++) {
                Object value = table.getValueAt(r, c);
                if (value instanceof Boolean) {
                    continue;
                }
                width = Math.max(width, metrics.stringWidth(value == null ? "" : value.toString()) + pad);
            }
            table.getColumnModel().getColumn(c).setPreferredWidth(Math.min(width, com.formdev.flatlaf.util.UIScale.scale(max)));
        }
    }

    /** Row height that follows the font, so 200% scaling does not clip cells. */
    public static void fitRows(JTable table) {
        int height = table.getFontMetrics(table.getFont()).getHeight();
        table.setRowHeight(Math.max(table.getRowHeight(), height + com.formdev.flatlaf.util.UIScale.scale(6)));
    }
}
