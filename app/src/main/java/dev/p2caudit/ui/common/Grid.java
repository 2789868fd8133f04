package dev.p2caudit.ui.common;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JPanel;

/** GridBagLayout without the noise: rows of cells, gaps that scale with the UI. */
public final class Grid {

    private final JPanel panel;
    private int row;
    private int column;

    public Grid(JPanel panel) {
        this.panel = panel;
        panel.setLayout(new GridBagLayout());
    }

    public static Grid on(JPanel panel) {
        return new Grid(panel);
    }

    /** A cell in the current row that keeps its preferred size. */
    public Grid add(Component c) {
        return add(c, 1, 0, 0, GridBagConstraints.NONE);
    }

    /** A cell that takes the remaining width. */
    public Grid wide(Component c) {
        return add(c, GridBagConstraints.REMAINDER, 1, 0, GridBagConstraints.HORIZONTAL);
    }

    /** A cell that takes the remaining width and height. */
    public Grid fill(Component c) {
        return add(c, GridBagConstraints.REMAINDER, 1, 1, GridBagConstraints.BOTH);
    }

    /** A cell spanning {@code span} columns, stretched horizontally by {@code weightX}. */
    public Grid add(Component c, int span, double weightX, double weightY, int fill) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = column;
        g.gridy = row;
        g.gridwidth = span;
        g.weightx = weightX;
        g.weighty = weightY;
        g.fill = fill;
        g.anchor = GridBagConstraints.LINE_START;
        int gap = UIScale.scale(4);
        g.insets = new Insets(gap, gap, gap, gap);
        panel.add(c, g);
        column = span == GridBagConstraints.REMAINDER ? 0 : column + span;
        if (span == GridBagConstraints.REMAINDER) {
            row++;
        }
        return this;
    }

    public Grid next() {
        if (column != 0) {
            row++;
            column = 0;
        }
        return this;
    }

    public JPanel panel() {
        return panel;
    }
}
