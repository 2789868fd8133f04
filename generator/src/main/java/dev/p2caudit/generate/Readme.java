package dev.p2caudit.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the data set's {@code README.md} from the manifest (or, without one, from the files). */
final class Readme {

    private Readme() {
    }

    static void write(Path file, DatasetGenerator.Options options, List<WrittenFile> written, Manifest manifest)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# P2C Auditor generated data set\n\n")
                .append("Seed ").append(options.seed()).append(", scale ").append(options.scale())
                .append(". Made by `p2c-audit generate --out DIR --scale ").append(options.scale()).append(" --seed ")
                .append(options.seed()).append(options.manifest() ? "" : " --no-manifest")
                .append("`; regenerate it rather than editing it: the same seed and scale give the same bytes.\n\n")
                .append(INTRO);
        files(md, written);
        if (manifest == null) {
            md.append("\nNo manifest was written (`--no-manifest`), so no expected findings are listed.\n");
        } else {
            md.append(CONVENTIONS);
            rules(md, manifest);
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static final String INTRO = """
            `pre/` holds Sales exports taken before the Prospect to cash solution was uninstalled: no
            dual-write columns (Company, Customer Group, Party Number, Sales Order Number, Order Type…), but
            the P2C ones (the P2C contact number, Is Active Customer, Item-based). `post/` holds exports taken
            after the bootstrap and the initial sync: Sales exports where the checks need Sales-only columns
            (Order Type, Sellable, status), F&O data-management exports for released products, order lines and
            invoice headers. Accounts, contacts, quotes, quote lines, orders and invoice lines carry the record
            id on both sides and pair by it; products, order lines and invoices pair by business key.

            """;

    private static final String CONVENTIONS = """

            ## How to read the expected findings

            `manifest.json` lists, for every rule, exactly the findings (rule, snapshot, key) an audit that
            follows `docs/checks.md` produces on this set, seeded defects and their cascades alike, and per rule
            a few keys that must not be reported. Reconciliation findings carry the snapshot whose key they use:
            REC-MISSING pre, REC-EXTRA, REC-CHANGED and REC-TOTALS post, REC-KEY-DUP the side the key is
            doubled on. The fuzzy duplicate findings are the groups whose names are equal once case, accents,
            punctuation and legal suffixes are folded away (same city, or same parent account); an engine with a
            similarity threshold may report more, but never the near misses listed as clean.

            """;

    private static void files(StringBuilder md, List<WrittenFile> written) {
        md.append("## Files\n\n")
                .append("| Snapshot | File | Table | Dialect | Format | Encoding | Delimiter | Rows | Rejected |\n")
                .append("|---|---|---|---|---|---|---|---:|---:|\n");
        for (WrittenFile f : written) {
            md.append("| ").append(f.snapshot().id()).append(" | ").append(cell(f.path())).append(" | ")
                    .append(f.table().id()).append(" | ").append(f.dialect().description()).append(" | ")
                    .append(f.format()).append(" | ").append(f.encoding()).append(" | ")
                    .append(delimiter(f.delimiter())).append(" | ").append(f.rows()).append(" | ")
                    .append(f.rejectedLines().size()).append(" |\n");
        }
    }

    private static void rules(StringBuilder md, Manifest manifest) {
        md.append("## Expected findings per rule\n");
        for (String rule : Rules.IDS) {
            List<Manifest.Expected> expected = manifest.expected().stream().filter(e -> e.rule().equals(rule)).toList();
            List<Manifest.Clean> clean = manifest.clean().stream().filter(c -> c.rule().equals(rule)).toList();
            md.append("\n### ").append(rule).append("\n\n").append(expected.size()).append(" expected");
            if (expected.isEmpty()) {
                md.append(".\n");
            } else {
                md.append(":\n\n| Snapshot | Table | Key | Why |\n|---|---|---|---|\n");
                for (Manifest.Expected e : expected) {
                    md.append("| ").append(e.snapshot()).append(" | ").append(e.table()).append(" | ")
                            .append(cell(e.key())).append(" | ").append(cell(e.why())).append(" |\n");
                }
            }
            md.append("\nMust not be reported: ");
            md.append(clean.isEmpty() ? "(none listed)" : String.join(", ", clean.stream()
                    .map(c -> "`" + c.key() + "` (" + c.snapshot() + ")").toList()));
            md.append("\n");
        }
    }

    private static String delimiter(String delimiter) {
        if (delimiter == null) {
            return "";
        }
        return switch (delimiter) {
            case "\t" -> "tab";
            case "|" -> "`\\|`";
            default -> "`" + delimiter + "`";
        };
    }

    /** Text for a Markdown table cell: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
