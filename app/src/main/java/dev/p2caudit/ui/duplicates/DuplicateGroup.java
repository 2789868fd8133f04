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

    /** A value the duplicate rule stored with the group ({@code matched}, {@code similarity}, …), on its side. */
    public java.util.Optional<String> value(String name) {
        dev.p2caudit.model.FindingValue v = finding.values().get(name);
        if (v == null) {
            return java.util.Optional.empty();
        }
        String text = v.post() != null && !v.post().isBlank() ? v.post() : v.pre();
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    /** What made the group, in a line: the matched values, the similarity, whether it is new in post. */
    public String why() {
        List<String> parts = new java.util.ArrayList<>();
        value("matched").ifPresent(m -> parts.add("matched: " + m));
        value("similarity").ifPresent(s -> parts.add("similarity " + s));
        value("new_in_post").filter("yes"::equals).ifPresent(n -> parts.add("new in post"));
        return String.join(" · ", parts);
    }

    @Override
    public String toString() {
        return finding.rule() + " · " + (finding.snapshot() == null ? "" : finding.snapshot().id()) + " · "
                + members().size() + " records · " + finding.key();
    }
}
