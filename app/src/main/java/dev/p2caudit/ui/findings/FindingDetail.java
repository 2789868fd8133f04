package dev.p2caudit.ui.findings;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.RuleInfo;
import dev.p2caudit.ui.common.ValueRow;
import java.util.List;

/**
 * Everything the detail pane shows about one finding.
 *
 * @param rule      its entry in the run's catalogue (title, why, remediation), or {@code null} for an unknown rule
 * @param values    the values that triggered it, pre and post
 * @param record    the record itself, pre and post side by side (empty when it is not a record)
 * @param located   a sentence on where the record was found, pre and post
 */
public record FindingDetail(Finding finding, RuleInfo rule, List<ValueRow> values, List<ValueRow> record,
                            String located) {

    public FindingDetail {
        values = List.copyOf(values);
        record = List.copyOf(record);
    }

    /** A duplicate group (its key joins the members' keys): shown on the duplicates screen. */
    public boolean isGroup() {
        return finding.rule().startsWith("DUP-");
    }

    /** Whether the finding names a record that the data browser can show. */
    public boolean hasRecord() {
        return finding.table() != null && finding.snapshot() != null && !isGroup();
    }
}
