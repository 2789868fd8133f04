package dev.p2caudit.cli;

import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.model.ToolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version and the commit it was built from, as the build wrote them into
 * {@code version.properties}; {@code --version} adds the ruleset and the Java running it.
 */
public final class Version implements IVersionProvider {

    private static final String RESOURCE = "/dev/p2caudit/app/version.properties";

    /** The version as audit runs record it ({@code 0.1.0+5a903cafa526}, see {@link ToolVersion}). */
    public static String current() {
        return build().recorded();
    }

    /** This build's version and commit. */
    public static ToolVersion build() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A jar that cannot read its own resource still runs; it just cannot say its version.
        }
        return new ToolVersion(resolved(p.getProperty("version"), "dev"), resolved(p.getProperty("commit"),
                ToolVersion.UNKNOWN));
    }

    /** A property the build did not fill in (run from an IDE without Maven) stays as "${…}". */
    private static String resolved(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }

    @Override
    public String[] getVersion() {
        ToolVersion build = build();
        return new String[] {
            "p2c-audit " + build.version(),
            "ruleset " + Catalogue.standard().version(),
            "commit " + build.commit(),
            "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")",
        };
    }
}
