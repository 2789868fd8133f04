package dev.p2caudit.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a generated set contains and what an audit of it must find: {@code manifest.json}.
 *
 * @param files    every file written
 * @param expected for every rule, exactly the findings (rule, snapshot, key) an audit following
 *                 {@code docs/checks.md} produces, with why
 * @param clean    per rule, a few keys that must not produce that rule's finding
 */
@JsonPropertyOrder({"seed", "scale", "files", "expected", "clean"})
public record Manifest(long seed, int scale, List<File> files, List<Expected> expected, List<Clean> clean) {

    /**
     * One file.
     *
     * @param path         relative to the set's folder, e.g. {@code pre/Orders.xlsx}
     * @param dialect      {@code display}, {@code logical} or {@code fno}
     * @param format       {@code csv} or {@code xlsx}
     * @param encoding     as {@code inspect} reports it; {@code xlsx} for workbooks
     * @param delimiter    {@code null} for workbooks
     * @param rows         data rows, rejected ones included
     * @param rejectedRows rows the importer rejects
     */
    @JsonPropertyOrder({"snapshot", "path", "table", "dialect", "format", "encoding", "delimiter", "rows",
        "rejectedRows"})
    public record File(String snapshot, String path, String table, String dialect, String format, String encoding,
                       String delimiter, long rows, long rejectedRows) {
    }

    /** A finding the audit must produce. */
    @JsonPropertyOrder({"rule", "snapshot", "table", "key", "why"})
    public record Expected(String rule, String snapshot, String table, String key, String why) {
    }

    /** A key that must not produce the rule's finding. */
    @JsonPropertyOrder({"rule", "snapshot", "table", "key"})
    public record Clean(String rule, String snapshot, String table, String key) {
    }
}
