package dev.p2caudit.cli;

import dev.p2caudit.ingest.InputImporter.FileOutcome;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Severity;
import dev.p2caudit.report.AuditFacts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The audit's summary on the terminal: inputs, counts per severity and rule, the worst ten findings. */
final class AuditText {

    private AuditText() {
    }

    static void print(List<FileOutcome> outcomes, AuditFacts facts, List<Finding> worst, PrintWriter out) {
        ImportText.print(outcomes, out);
        out.println();
        var summary = facts.summary();
        out.printf("Audit run %d: %,d findings — %,d error, %,d warning, %,d info, %,d waived%n", facts.run().id(),
                summary.total(), summary.bySeverity().get(Severity.ERROR), summary.bySeverity().get(Severity.WARNING),
                summary.bySeverity().get(Severity.INFO), summary.waived());
        if (!"defaults".equals(facts.run().profile())) {
            // A stored profile applies without being named on the command line: say which one did.
            out.printf("Profile: %s%n", facts.run().profile());
        }
        out.println();
        out.println("Per rule:");
        for (Map.Entry<String, Long> rule : summary.byRule().entrySet()) {
            out.printf("  %-20s %,8d%n", rule.getKey(), rule.getValue());
        }
        if (!worst.isEmpty()) {
            out.println();
            out.println("Worst findings:");
            for (Finding f : worst) {
                // The same rule can fire on pre and post for one record: the snapshot tells the two apart.
                out.printf("  %-7s %-19s %-4s %-24s %s%s%n", f.severity().name(), f.rule(), snapshotOf(f), f.key(),
                        f.message(), f.waived() ? " [waived]" : "");
            }
        }
        out.println();
        out.printf("Verdict: %s (fail on %s)%n", facts.verdict().toUpperCase(java.util.Locale.ROOT), facts.failOnText());
    }

    /** "pre", "post", or "" for a finding on the run as a whole. */
    private static String snapshotOf(Finding f) {
        return f.snapshot() == null ? "" : f.snapshot().name().toLowerCase(java.util.Locale.ROOT);
    }
}
