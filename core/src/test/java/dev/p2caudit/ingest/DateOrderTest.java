package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date column's order comes from all its values, and the decision shows with its evidence. */
class DateOrderTest {

    @TempDir
    Path dir;

    @Test
    void aUkExportReadsEveryDateDayFirstIncludingTheOnesThatFitBoth() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("dates/Order UK export.csv").report();

            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(TableKind.ORDER);
            assertThat(rows).extracting(r -> r.get("requested_receipt_date")).containsExactly(
                    day(2020, 2, 14), day(2020, 2, 11), day(2020, 12, 25), day(2020, 3, 4), day(2021, 1, 31));
            assertThat(rows.get(3).get("date_submitted")).isEqualTo(LocalDateTime.of(2020, 3, 3, 8, 5));
            assertThat(rows).extracting(r -> (BigDecimal) r.get("total_amount"))
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1234.5"), new BigDecimal("99.95"), new BigDecimal("12"),
                            new BigDecimal("0.5"), new BigDecimal("2000"));
            assertThat(reading(report, "Requested Receipt Date")).isEqualTo("day-first: 14/02/2020 on line 2 and 2 more"
                    + " that can only be day-first; 2 that fit both orders read day-first");
            assertThat(reading(report, "Total Amount")).isEqualTo("decimal comma: 1.234,50 on line 2 and 4 more");
        }
    }

    @Test
    void theReadingIsStoredWithTheImportsColumns() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("dates/Order UK export.csv");

            List<MappedColumn> stored = h.workspace.imports().find(outcome.imported().orElseThrow().id())
                    .orElseThrow().columns();
            assertThat(stored).extracting(MappedColumn::header, MappedColumn::reading)
                    .contains(tuple("Date Submitted", "day-first: 14/02/2020 09:15 on line 2 and 2 more that can only"
                            + " be day-first; 1 that fits both orders read day-first"), tuple("Order ID", null));
            assertThat(outcome.imported().get().dateOrder()).as("the file decided every column").isNull();
        }
    }

    @Test
    void aSemicolonFileWithDecimalCommasReadsAmbiguousDatesDayFirstAndSaysWhy() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("dates/Order ambiguous semicolon.csv").report();

            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("requested_receipt_date"))
                    .containsExactly(day(2020, 3, 4), day(2020, 2, 11));
            assertThat(reading(report, "Requested Receipt Date")).isEqualTo("ambiguous: every value fits both orders"
                    + " (04/03/2020 on line 2); chose day-first because the file uses ';' and decimal comma");
        }
    }

    @Test
    void anAmbiguousColumnFollowsTheFilesOtherDateColumns() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("dates/Order ambiguous follows other column.csv").report();

            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("requested_receipt_date"))
                    .containsExactly(day(2020, 3, 4), day(2020, 6, 5));
            assertThat(reading(report, "Requested Receipt Date")).isEqualTo("ambiguous: every value fits both orders"
                    + " (04/03/2020 on line 2); chose day-first like the file's other date columns (Date Submitted:"
                    + " 28/02/2020 10:00 on line 2)");
        }
    }

    @Test
    void valuesContradictingTheColumnsOrderAreRejectedWithTheEvidence() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("dates/Order conflicting.csv");

            assertThat(outcome.report().rejections()).extracting(RejectedRow::line, RejectedRow::columnNumber,
                    RejectedRow::column, RejectedRow::reason).containsExactly(tuple(4L, 2, "Requested Receipt Date",
                    "'02/14/2020' can only be month-first, but this column's dates are read day-first (14/02/2020 on"
                            + " line 2)"));
            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("order_id"), r -> r.get("requested_receipt_date"))
                    .containsExactly(tuple("ORD-1", day(2020, 2, 14)), tuple("ORD-2", day(2020, 3, 15)),
                            tuple("ORD-4", day(2020, 4, 16)), tuple("ORD-5", day(2020, 4, 3)));
            assertThat(reading(outcome.report(), "Requested Receipt Date")).isEqualTo("day-first: 14/02/2020 on line 2"
                    + " and 2 more that can only be day-first; 1 that fits both orders read day-first; 1 value that can"
                    + " only be month-first (02/14/2020 on line 4) is rejected");
        }
    }

    @Test
    void withNothingInTheFileToGoByTheSettingDecidesElseFnOsMonthFirst() {
        Path file = ImportHarness.fixture("dates/Order ambiguous comma.csv");

        FileReport byDefault = new FileInspector().inspect(file, Snapshot.PRE, null);
        FileReport asked = new FileInspector(new DateOrderSetting(DateOrder.DAY_FIRST, "--date-order"))
                .inspect(file, Snapshot.PRE, null);

        assertThat(reading(byDefault, "Requested Receipt Date")).isEqualTo("ambiguous: every value fits both orders"
                + " (04/03/2020 on line 2); chose month-first as F&O writes M/d/yyyy (no --date-order given; say"
                + " --date-order day-first if they are not)");
        assertThat(reading(asked, "Requested Receipt Date")).endsWith("chose day-first as --date-order says");
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = new FileImporter(new DateOrderSetting(DateOrder.DAY_FIRST, "--date-order"))
                    .importFile(h.workspace, file, Snapshot.PRE, null);
            assertThat(outcome.imported().orElseThrow().dateOrder()).isEqualTo("day-first");
            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("requested_receipt_date"))
                    .containsExactly(day(2020, 3, 4), LocalDateTime.of(2020, 2, 11, 14, 30));
        }
    }

    @Test
    void aChangedSettingReadsAFileItDecidedAgainButNotOneItDidNot() {
        Path ambiguous = ImportHarness.fixture("dates/Order ambiguous comma.csv");
        Path proven = ImportHarness.fixture("dates/Order UK export.csv");
        try (ImportHarness h = new ImportHarness(dir)) {
            Map<Snapshot, List<Path>> inputs = Map.of(Snapshot.PRE, List.of(ambiguous), Snapshot.POST, List.of(proven));
            new InputImporter().importAll(h.workspace, inputs, f -> null, (t, d, n) -> { });

            List<InputImporter.FileOutcome> again = new InputImporter(new DateOrderSetting(DateOrder.DAY_FIRST,
                    "--date-order")).importAll(h.workspace, inputs, f -> null, (t, d, n) -> { });

            assertThat(again).extracting(o -> o.file().getFileName().toString(), InputImporter.FileOutcome::reused)
                    .containsExactly(tuple("Order ambiguous comma.csv", false), tuple("Order UK export.csv", true));
            assertThat(h.rows(Snapshot.PRE, TableKind.ORDER).get(0).get("requested_receipt_date")).isEqualTo(day(2020, 3, 4));
        }
    }

    @Test
    void typedWorkbookDatesNeedNoOrderButDatesTypedInAsTextDo() {
        FileReport report = new FileInspector().inspect(ImportHarness.fixture("xlsx/Order typed and text dates.xlsx"),
                Snapshot.PRE, null);

        assertThat(report.rejected()).isZero();
        assertThat(reading(report, "Requested Receipt Date")).isNull();
        assertThat(reading(report, "Date Submitted")).startsWith("ambiguous: every value fits both orders"
                + " (04/03/2020 on line 2); chose month-first");
    }

    @Test
    void aProofLateInALongFileDecidesHowTheEarlyValuesRead() throws IOException {
        Path file = dir.resolve("Order late proof.csv");
        try (CsvFileWriter csv = CsvFileWriter.open(file, CsvFileWriter.Style.of(CsvFileWriter.Encoding.UTF8, ','),
                List.of("Order ID", "Requested Receipt Date"))) {
            for (int i = 1; i <= 2_500; i++) {
                csv.row("ORD-" + i, i == 2_400 ? "25/12/2020" : "04/03/2020");
            }
        }
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load(file, Snapshot.PRE, null).report();

            assertThat(report.rejected()).isZero();
            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("requested_receipt_date"))
                    .containsOnly(day(2020, 3, 4), day(2020, 12, 25)).hasSize(2_500);
            assertThat(reading(report, "Requested Receipt Date")).isEqualTo("day-first: 25/12/2020 on line 2401;"
                    + " 2499 that fit both orders read day-first");
        }
    }

    private static String reading(FileReport report, String header) {
        return report.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().reading();
    }

    private static LocalDateTime day(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 0, 0);
    }
}
