package dev.p2caudit.model;

import java.time.Instant;
import java.util.Map;

/**
 * One run of the audit, as the workspace keeps it, so runs can be compared later.
 *
 * @param id             the run's id in the workspace
 * @param startedAt      when it started
 * @param finishedAt     when it finished, or {@code null} while running
 * @param toolVersion    the auditor's version
 * @param rulesetVersion the check catalogue's version
 * @param profile        the profile file used, or {@code defaults}
 * @param parameters     every parameter, enabled check and severity override in effect
 */
public record AuditRun(long id, Instant startedAt, Instant finishedAt, String toolVersion, String rulesetVersion,
                       String profile, Map<String, String> parameters) {

    public AuditRun {
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    }
}
