package dev.p2caudit.model;

import java.util.Objects;

/**
 * The auditor's version and the commit it was built from. An audit run records both in one text,
 * the commit as SemVer build metadata ({@code 0.1.0+5a903cafa526}), so that a workspace written
 * before the commit was recorded still reads: its runs say the commit is {@link #UNKNOWN}.
 *
 * @param version the release version ({@code 0.1.0-SNAPSHOT})
 * @param commit  the abbreviated git commit, or {@link #UNKNOWN} for a build made outside git
 */
public record ToolVersion(String version, String commit) {

    /** What a build outside git, or a run recorded before commits were, says about its commit. */
    public static final String UNKNOWN = "unknown";

    public ToolVersion {
        Objects.requireNonNull(version, "version");
        commit = commit == null || commit.isBlank() ? UNKNOWN : commit;
    }

    /** Reads what {@link #recorded()} wrote; a plain version has an unknown commit. */
    public static ToolVersion parse(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return new ToolVersion(UNKNOWN, UNKNOWN);
        }
        int plus = recorded.indexOf('+');
        return plus < 0 ? new ToolVersion(recorded, UNKNOWN)
                : new ToolVersion(recorded.substring(0, plus), recorded.substring(plus + 1));
    }

    /** The text an audit run records: the version, and {@code +commit} when the commit is known. */
    public String recorded() {
        return UNKNOWN.equals(commit) ? version : version + "+" + commit;
    }
}
