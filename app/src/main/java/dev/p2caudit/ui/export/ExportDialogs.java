package dev.p2caudit.ui.export;

import dev.p2caudit.ui.common.Ui;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The save dialog with an "Open when done" box, and the messages after. */
public final class ExportDialogs implements ExportView {

    private final Component parent;
    private boolean openWhenDone = true;

    public ExportDialogs(Component parent) {
        this.parent = parent;
    }

    @Override
    public Optional<Choice> choose(ExportKind kind, Path suggested) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("exportChooser");
        chooser.setDialogTitle("Export: " + kind.title());
        chooser.setSelectedFile(suggested.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter(kind.title(), kind.extension()));
        JCheckBox open = Ui.named(new JCheckBox("Open when done", openWhenDone), "openWhenDone", "Open the file when it is written");
        chooser.setAccessory(open);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        openWhenDone = open.isSelected();
        return Optional.of(new Choice(withExtension(chooser.getSelectedFile().toPath(), kind.extension()), open.isSelected()));
    }

    @Override
    public boolean confirmReplace(Path file) {
        return JOptionPane.showConfirmDialog(parent, file.getFileName() + " exists. Replace it?", "Export",
                JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }

    @Override
    public void showExported(ExportKind kind, Path file, String note) {
        JOptionPane.showMessageDialog(parent, "Written: " + file + (note.isEmpty() ? "" : "\n" + note),
                "Export: " + kind.title(), JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public void showFailed(ExportKind kind, String message) {
        JOptionPane.showMessageDialog(parent, message, "Export: " + kind.title(), JOptionPane.ERROR_MESSAGE);
    }
}
