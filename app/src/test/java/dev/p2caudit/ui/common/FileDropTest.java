package dev.p2caudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a file manager drops: a Java file list, or (some Linux desktops) a text/uri-list. */
class FileDropTest {

    @Test
    void aJavaFileListBecomesItsPaths() throws Exception {
        Transferable files = transferable(DataFlavor.javaFileListFlavor, List.of(new File("/data/pre"), new File("/data/x.csv")));

        assertThat(FileDrop.paths(files)).containsExactly(Path.of("/data/pre"), Path.of("/data/x.csv"));
    }

    @Test
    void aUriListBecomesItsFilesAndIgnoresTheRest() throws Exception {
        DataFlavor uris = new DataFlavor("text/uri-list;class=java.lang.String");
        Transferable list = transferable(uris, "# a comment\r\nfile:///data/Orders%20Q1.csv\r\nhttps://example.com/x\r\n");

        assertThat(FileDrop.paths(list)).containsExactly(Path.of("/data/Orders Q1.csv"));
    }

    private static Transferable transferable(DataFlavor flavor, Object data) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {flavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor f) {
                return f.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor f) {
                return data;
            }
        };
    }
}
