package dev.p2caudit.report;

import dev.p2caudit.checks.AuditSummary;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Severity;
import java.util.List;

/**
 * Everything an output of one audit run says besides the findings themselves: the run, its
 * inputs, its counts and the verdict against {@code --fail-on}.
 *
 * @param failOn the threshold, or {@code null} for "never"
 */
public record AuditFacts(String toolVersion, AuditRun run, List<ImportRecord> inputs, AuditSummary summary,
                         Severity failOn) {

    public AuditFacts {
        inputs = List.copyOf(inputs);
    }

    /** {@code pass} when no unwaived finding is at or above the threshold. */
    public boolean passed() {
        return failOn == null || summary.atLeast(failOn) == 0;
    }

    public String verdict() {
        return passed() ? "pass" : "fail";
    }

    public String failOnText() {
        return failOn == null ? "never" : failOn.id();
    }
}
