package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad rows are rejected with file, line, column and reason; the good rows still load. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void unparseableNumbersRejectTheirRowOnly() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("bad/Order Products bad values.csv");

            assertThat(outcome.imported()).isPresent();
            assertThat(outcome.report().rejections()).extracting(RejectedRow::line, RejectedRow::columnNumber,
                            RejectedRow::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 3, "Quantity"),
                            org.assertj.core.groups.Tuple.tuple(4L, 2, "Line Number"),
                            org.assertj.core.groups.Tuple.tuple(5L, 4, "Price Per Unit"));
            assertThat(outcome.report().rejections()).extracting(RejectedRow::reason).containsExactly(
                    "'three' is not a number (decimal separator '.')",
                    "'2.5' is not a whole number",
                    "'1.2.3' is not a number (decimal separator '.')");
            assertThat(outcome.report().rejections().get(0).file()).isEqualTo("Order Products bad values.csv");
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> r.get("source_line")).containsExactly(2L, 6L);
            assertThat(h.workspace.imports().rejections(outcome.imported().get().id())).hasSize(3);
        }
    }

    @Test
    void impossibleDatesAreRejected() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("bad/Order bad dates.csv").report();

            assertThat(report.rejections()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L);
            assertThat(report.rejections().get(0).reason()).startsWith("'31/31/2020' is not a date");
            assertThat(h.rows(TableKind.ORDER)).extracting(r -> r.get("order_id")).containsExactly("ORD-1", "ORD-5");
        }
    }

    @Test
    void unknownOptionLabelsAndCodesAreRejectedNamingTheChoices() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("bad/Account bad option.csv").report();

            assertThat(report.rejections()).extracting(RejectedRow::line).containsExactly(3L, 4L);
            assertThat(report.rejections().get(0).reason())
                    .isEqualTo("'Alien' is not a known relationship type (Competitor, Consultant, Customer, Investor,"
                            + " Partner, Influencer, Press, Prospect, Reseller, Supplier, Vendor, Other)");
            assertThat(h.rows(TableKind.ACCOUNT)).extracting(r -> r.get("relationship_type")).containsExactly(3, 8);
        }
    }

    @Test
    void rowsWithTooFewOrTooManyCellsAreRejectedButTrailingEmptyCellsAreFine() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("bad/Order Products wrong width.csv").report();

            assertThat(report.rejections()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3L, "row has 2 cells, the header has 3"),
                    org.assertj.core.groups.Tuple.tuple(4L, "row has 4 cells, the header has 3"));
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> r.get("line_number")).containsExactly(1L, 4L);
        }
    }

    @Test
    void anUnbalancedQuoteLosesOnlyItsOwnLine() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("bad/Order Products unbalanced quote.csv").report();

            assertThat(report.rejections()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.reason()).startsWith("unbalanced quote");
            });
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> r.get("line_number"), r -> r.get("source_line"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L),
                            org.assertj.core.groups.Tuple.tuple(3L, 4L),
                            org.assertj.core.groups.Tuple.tuple(4L, 5L));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad/empty.csv|the file is empty",
        "bad/blank lines only.csv|no header row",
        "bad/legacy.xls|Excel 97-2003 (.xls)",
        "bad/not really.xlsx|the file cannot be read",
        "bad/mystery.csv|cannot tell which table this is",
    })
    void unreadableFilesAreReportedAndLeaveTheWorkspaceUntouched(String fixture, String problem) {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load(fixture);

            assertThat(outcome.imported()).isEmpty();
            assertThat(outcome.report().problems()).singleElement().asString().contains(problem);
            assertThat(h.workspace.imports().all()).isEmpty();
        }
    }

    @Test
    void aHeaderOnlyFileLoadsNoRowsButIsRecorded() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("bad/Account header only.csv");

            assertThat(outcome.imported()).hasValueSatisfying(r -> assertThat(r.rowsLoaded()).isZero());
            assertThat(outcome.report().table()).isEqualTo("account");
        }
    }

    @Test
    void garbageBytesAreReportedNotThrown() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("bad/garbage.csv");

            assertThat(outcome.imported()).isEmpty();
            assertThat(outcome.report().problems()).isNotEmpty();
        }
    }
}
