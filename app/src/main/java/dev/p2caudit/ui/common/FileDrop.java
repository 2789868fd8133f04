package dev.p2caudit.ui.common;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/**
 * Accepts files and folders dropped from a file manager: the Java file list, or the
 * {@code text/uri-list} that some Linux desktops send instead.
 */
public final class FileDrop extends TransferHandler {

    private static final DataFlavor URI_LIST = uriList();
    private final transient Consumer<List<Path>> dropped;

    public FileDrop(Consumer<List<Path>> dropped) {
        this.dropped = dropped;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
                || URI_LIST != null && support.isDataFlavorSupported(URI_LIST);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<Path> paths = paths(support.getTransferable());
            if (paths.isEmpty()) {
                return false;
            }
            dropped.accept(paths);
            return true;
        } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
            return false;
        }
    }

    static List<Path> paths(Transferable t) throws java.awt.datatransfer.UnsupportedFlavorException, java.io.IOException {
        List<Path> paths = new ArrayList<>();
        if (t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            for (Object f : (List<?>) t.getTransferData(DataFlavor.javaFileListFlavor)) {
                paths.add(((File) f).toPath());
            }
        } else {
            for (String line : ((String) t.getTransferData(URI_LIST)).split("\r?\n")) {
                if (line.startsWith("file:")) {
                    paths.add(Path.of(URI.create(line.strip())));
                }
            }
        }
        return paths;
    }

    private static DataFlavor uriList() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
