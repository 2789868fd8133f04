package dev.p2caudit.checks;

import dev.p2caudit.model.TableKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Post columns that checks needed but no export carried: reported once per table and column. */
final class SchemaGaps {

    private final Map<String, Set<String>> skipped = new TreeMap<>();

    synchronized void missing(TableKind table, String column, String ruleId) {
        skipped.computeIfAbsent(table.id() + "." + column, k -> new TreeSet<>()).add(ruleId);
    }

    /** A column that other files of the table carry, missing from one file: {@code table.column@file}. */
    synchronized void missingInFile(TableKind table, String column, String file, String ruleId) {
        skipped.computeIfAbsent(table.id() + "." + column + "@" + file, k -> new TreeSet<>()).add(ruleId);
    }

    /** {@code table.column} or {@code table.column@file} → the rules that were skipped for want of it. */
    synchronized Map<String, Set<String>> all() {
        return skipped;
    }
}
