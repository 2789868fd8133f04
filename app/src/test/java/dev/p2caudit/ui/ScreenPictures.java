package dev.p2caudit.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** Pictures of the window as it paints itself, and a check that no label or button is cut short. */
final class ScreenPictures {

    private ScreenPictures() {
    }

    /** Paints the frame's content (menu bar included) into a PNG; call on the event thread. */
    static Path capture(javax.swing.JFrame frame, Path file) throws IOException {
        Component root = frame.getRootPane();
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        root.paint(g);
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Distinct colours in a picture: a blank or broken screen has one or two. */
    static long colours(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /**
     * Labels and buttons on screen whose text does not fit their width (Swing would end it with
     * "..."): plain text only, HTML wraps by itself.
     */
    static List<String> truncated(Container root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    /**
     * Controls on screen a screen reader could not name: buttons, fields, lists, tables and combo
     * boxes without an accessible name (their parts, such as a combo box's arrow, aside).
     */
    static List<String> unnamed(Container root) {
        List<String> found = new ArrayList<>();
        collectUnnamed(root, found);
        return found;
    }

    private static void collectUnnamed(Component c, List<String> found) {
        if (!c.isShowing() || c instanceof javax.swing.JComboBox<?> && isNamed(c) || c instanceof javax.swing.JScrollBar
                || c instanceof javax.swing.table.JTableHeader || c instanceof javax.swing.JSpinner) {
            return;
        }
        boolean control = c instanceof AbstractButton || c instanceof javax.swing.JComboBox<?> || c instanceof javax.swing.JList<?>
                || c instanceof javax.swing.JTable || c instanceof javax.swing.text.JTextComponent t && t.isEditable();
        boolean part = c.getParent() instanceof javax.swing.JComboBox<?> || c.getParent() instanceof javax.swing.JSplitPane
                || c.getClass().getName().contains("Divider");
        if (control && !part && !isNamed(c)) {
            found.add(c.getClass().getSimpleName() + " in " + c.getParent().getClass().getSimpleName()
                    + (c.getName() == null ? "" : " (" + c.getName() + ")"));
        }
        if (c instanceof Container container && !(c instanceof javax.swing.CellRendererPane)) {
            for (Component child : container.getComponents()) {
                collectUnnamed(child, found);
            }
        }
    }

    private static boolean isNamed(Component c) {
        String name = c.getAccessibleContext().getAccessibleName();
        return name != null && !name.isBlank();
    }

    private static void walk(Component c, List<String> cut) {
        if (!c.isShowing()) {
            return;
        }
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b && !(c.getParent()
                instanceof javax.swing.JMenuBar) ? b.getText() : null;
        if (text != null && !text.isBlank() && !text.startsWith("<html") && c.getWidth() > 0
                && ((JComponent) c).getPreferredSize().width > c.getWidth() + 1) {
            cut.add(c.getClass().getSimpleName() + " '" + text + "' needs " + ((JComponent) c).getPreferredSize().width
                    + " px, has " + c.getWidth() + " (in " + SwingUtilities.getAncestorOfClass(JComponent.class, c)
                    .getClass().getSimpleName() + ")");
        }
        if (c instanceof Container container && !(c instanceof javax.swing.CellRendererPane)) {
            for (Component child : container.getComponents()) {
                walk(child, cut);
            }
        }
    }
}
