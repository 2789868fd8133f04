package dev.p2caudit.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code manifest.json}; line breaks are {@code \n} on every platform. */
public final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }

    static void write(Manifest manifest, Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectWriter writer = MAPPER.writer(printer);
        Files.writeString(file, writer.writeValueAsString(manifest) + "\n");
    }

    public static Manifest read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Manifest.class);
    }
}
