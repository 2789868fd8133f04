package dev.p2caudit.report;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.model.ToolVersion;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The findings of a run as an Excel workbook: a summary sheet, then one sheet per table with its
 * findings, header frozen and filters on. Written with fastexcel, streaming; every text cell is
 * formula-injection safe.
 */
public final class FindingsXlsx {

    private static final List<String> HEADER = List.of("Rule", "Severity", "Snapshot", "Key", "Message", "Values",
            "Remediation", "Waived", "Waiver");
    private static final double[] WIDTHS = {20, 10, 10, 26, 70, 50, 50, 8, 40};
    private static final int FLUSH_EVERY = 1_000;

    private FindingsXlsx() {
    }

    public static void write(Path file, AuditFacts facts, Workspace ws) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "p2c-audit", null);
            summary(workbook.newWorksheet("Summary"), facts);
            for (TableKind table : TableKind.values()) {
                if (facts.summary().byTable().containsKey(table.id())) {
                    findings(workbook.newWorksheet(table.id()), ws, facts.run().id(), table);
                }
            }
            workbook.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void summary(Worksheet sheet, AuditFacts facts) {
        int r = 0;
        text(sheet, r, 0, "P2C migration audit, run " + facts.run().id());
        sheet.style(r++, 0).bold().set();
        r = pair(sheet, r + 1, "Verdict", facts.verdict().toUpperCase(java.util.Locale.ROOT) + " (--fail-on "
                + facts.failOnText() + ")");
        r = pair(sheet, r, "Finished", String.valueOf(facts.run().finishedAt()));
        ToolVersion tool = ToolVersion.parse(facts.run().toolVersion());
        r = pair(sheet, r, "Tool version", tool.version());
        r = pair(sheet, r, "Tool commit", tool.commit());
        r = pair(sheet, r, "Ruleset version", facts.run().rulesetVersion());
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            sheet.value(r, 0, s.name());
            sheet.value(r++, 1, facts.summary().bySeverity().get(s));
        }
        sheet.value(r, 0, "Waived");
        sheet.value(r++, 1, facts.summary().waived());
        r++;
        text(sheet, r, 0, "Rule");
        text(sheet, r, 1, "Findings");
        sheet.style(r, 0).bold().set();
        sheet.style(r++, 1).bold().set();
        for (var rule : facts.summary().byRule().entrySet()) {
            text(sheet, r, 0, rule.getKey());
            sheet.value(r++, 1, rule.getValue());
        }
        sheet.width(0, 24);
        sheet.width(1, 40);
    }

    private static int pair(Worksheet sheet, int r, String name, String value) {
        text(sheet, r, 0, name);
        text(sheet, r, 1, value);
        return r + 1;
    }

    private static void findings(Worksheet sheet, Workspace ws, long runId, TableKind table) {
        for (int c = 0; c < HEADER.size(); c++) {
            text(sheet, 0, c, HEADER.get(c));
            sheet.style(0, c).bold().fillColor("E8ECEF").set();
            sheet.width(c, WIDTHS[c]);
        }
        int[] row = {1};
        ws.findings().forEach(runId, FindingFilter.ALL.withTable(table), f -> {
            write(sheet, row[0]++, f);
            if (row[0] % FLUSH_EVERY == 0) {
                flush(sheet);
            }
        });
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, HEADER.size() - 1);
    }

    private static void write(Worksheet sheet, int r, Finding f) {
        List<String> cells = List.of(f.rule(), f.severity().id(), f.snapshot() == null ? "" : f.snapshot().id(), f.key(),
                f.message(), FindingsCsv.values(f.values()), f.remediation(), f.waived() ? "yes" : "no",
                f.waiverNote() == null ? "" : f.waiverNote());
        for (int c = 0; c < cells.size(); c++) {
            text(sheet, r, c, cells.get(c));
        }
    }

    /** Every text cell goes through here: nothing reaches a cell that a spreadsheet would run. */
    private static void text(Worksheet sheet, int r, int c, String value) {
        sheet.value(r, c, SpreadsheetSafe.text(value));
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
