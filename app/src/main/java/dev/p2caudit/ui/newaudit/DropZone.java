package dev.p2caudit.ui.newaudit;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.ui.common.FileDrop;
import dev.p2caudit.ui.common.Ui;
import dev.p2caudit.ui.common.WrapLayout;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** A dashed box that takes the files of one snapshot: dropped, or chosen with its buttons. */
final class DropZone extends JPanel {

    private final transient Consumer<List<Path>> added;
    private Path lastFolder;

    DropZone(Snapshot snapshot, String title, String explanation, Consumer<List<Path>> added) {
        super(new BorderLayout());
        this.added = added;
        String id = snapshot.id();
        Ui.named(this, id + "Drop", title + ": drop files or folders here");
        setTransferHandler(new FileDrop(added));
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(12), UIScale.scale(14), UIScale.scale(12), UIScale.scale(14)));
        setOpaque(false);
        JPanel text = new JPanel(new BorderLayout());
        text.setOpaque(false);
        text.add(Ui.heading(title, "h3"), BorderLayout.NORTH);
        text.add(Ui.paragraph(explanation + " Drop files or folders here."), BorderLayout.CENTER);
        add(text, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, 0));
        buttons.setOpaque(false);
        JButton files = Ui.button("Add files…", id + "AddFiles", () -> choose(JFileChooser.FILES_ONLY));
        files.getAccessibleContext().setAccessibleName("Add " + id + " files");
        JButton folder = Ui.button("Add folder…", id + "AddFolder", () -> choose(JFileChooser.DIRECTORIES_ONLY));
        folder.getAccessibleContext().setAccessibleName("Add a " + id + " folder");
        buttons.add(files);
        buttons.add(javax.swing.Box.createHorizontalStrut(UIScale.scale(6)));
        buttons.add(folder);
        add(buttons, BorderLayout.SOUTH);
    }

    private void choose(int mode) {
        JFileChooser chooser = new JFileChooser(lastFolder == null ? null : lastFolder.toFile());
        chooser.setFileSelectionMode(mode);
        chooser.setMultiSelectionEnabled(true);
        chooser.setDialogTitle(mode == JFileChooser.DIRECTORIES_ONLY ? "Add a folder of exports" : "Add export files");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            List<Path> chosen = java.util.Arrays.stream(chooser.getSelectedFiles()).map(java.io.File::toPath).toList();
            if (!chosen.isEmpty()) {
                lastFolder = chosen.get(0).getParent();
                added.accept(chosen);
            }
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(UIManager.getColor("Component.borderColor"));
        float dash = UIScale.scale(6f);
        g2.setStroke(new BasicStroke(UIScale.scale(1.5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {dash, dash}, 0f));
        int arc = UIScale.scale(12);
        g2.drawRoundRect(1, 1, getWidth() - 3, getHeight() - 3, arc, arc);
        g2.dispose();
    }
}
