package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SCHEMA-MISSING (from the gaps the other checks noted; so this family runs last) and
 * INPUT-REJECTED (one finding per rejected row of every imported file).
 */
final class InputsFamily implements CheckFamily {

    /** Which of the two rules ({@code check} in rules.json). */
    enum Check {
        /** SCHEMA-MISSING. */
        SCHEMA_MISSING,
        /** INPUT-REJECTED. */
        REJECTED
    }

    @Override
    public void run(RuleDef rule, Snapshot ignored, CheckContext ctx) {
        switch (rule.check(Check.class)) {
            case SCHEMA_MISSING -> schemaMissing(rule, ctx);
            case REJECTED -> rejected(rule, ctx);
        }
    }

    private static void schemaMissing(RuleDef rule, CheckContext ctx) {
        ctx.gaps.all().forEach((gap, rules) -> {
            int at = gap.indexOf('@');
            String tableColumn = at < 0 ? gap : gap.substring(0, at);
            String[] parts = tableColumn.split("\\.", 2);
            TableKind table = TableKind.fromId(parts[0]).orElseThrow();
            String skipped = String.join(", ", rules);
            if (at < 0) {
                ctx.report(rule, table, Snapshot.POST, tableColumn, "The post-migration " + table.id()
                        + " export has no " + parts[1] + " column, so " + skipped + " did not run on it.",
                        Map.of("skipped_checks", FindingValue.post(skipped)));
            } else {
                String file = gap.substring(at + 1);
                // Key: the file and the column, so that each file's gap is one finding.
                ctx.report(rule, table, Snapshot.POST, file + ":" + tableColumn, "The post-migration file " + file
                        + " has no " + parts[1] + " column (other " + table.id() + " files have it), so " + skipped
                        + " did not run on its rows.", FindingValues.of("file", FindingValue.post(file),
                                "skipped_checks", FindingValue.post(skipped)));
            }
        });
    }

    private static void rejected(RuleDef rule, CheckContext ctx) {
        for (ImportRecord file : ctx.imports.all()) {
            for (RejectedRow row : ctx.imports.rejections(file.id())) {
                Map<String, FindingValue> values = new LinkedHashMap<>();
                values.put("file", FindingValue.of(file.snapshot(), file.fileName()));
                values.put("line", FindingValue.of(file.snapshot(), row.line()));
                values.put("column", FindingValue.of(file.snapshot(), row.column() == null ? "" : row.column()));
                values.put("value", FindingValue.of(file.snapshot(), row.raw() == null ? "" : row.raw()));
                values.put("reason", FindingValue.of(file.snapshot(), row.reason()));
                ctx.report(rule, file.table(), file.snapshot(), file.fileName() + ":" + row.line(), "Line " + row.line()
                        + " of " + file.fileName() + " was not loaded: " + (row.columnNumber() > 0 ? "column "
                        + row.columnNumber() + " (" + row.column() + "): " : "") + row.reason() + ".", values);
            }
        }
    }
}
