package dev.p2caudit.ui.duplicates;

import dev.p2caudit.model.Finding;
import java.util.Arrays;
import java.util.List;

/** A DUP- finding read as a group: its members are the keys its key joins with {@code +}. */
public record DuplicateGroup(Finding finding) {

    public List<String> members() {
        return Arrays.asList(finding.key().split("\\+"));
    }

    public String rule() {
        return finding.rule();
    }

    @Override
    public String toString() {
        return finding.rule() + " · " + (finding.snapshot() == null ? "" : finding.snapshot().id()) + " · "
                + members().size() + " records · " + finding.key();
    }
}
