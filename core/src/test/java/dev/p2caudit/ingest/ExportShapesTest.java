package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces that read real exports' shapes: id column, hidden-sheet names, money text, cell names. */
class ExportShapesTest {

    private final HeaderMapper mapper = new HeaderMapper(HeaderCatalog.standard());

    private static List<RawRow> rows(String... firstColumn) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < firstColumn.length; i++) {
            rows.add(new RawRow(i + 2, new String[] {firstColumn[i], "x"}, null, null));
        }
        return rows;
    }

    private List<String> storedAs(TableKind table, List<String> headers, List<String> logical, List<RawRow> sample) {
        return mapper.map(table, headers, logical, sample, Snapshot.PRE).columns().stream()
                .map(MappedColumn::storedAs).toList();
    }

    @Test
    void aColumnHeadedByItsTableIsTheIdOnlyWhenItHoldsDistinctGuids() {
        List<String> headers = List.of("Account", "Account Name");
        assertThat(storedAs(TableKind.ACCOUNT, headers, List.of(), rows("6f1c2a3b-0000-4000-8000-000000000001",
                "", "{6F1C2A3B-0000-4000-8000-000000000002}"))).containsExactly("id", "name");
        assertThat(storedAs(TableKind.ACCOUNT, headers, List.of(), rows("Contoso Ltd", "Fabrikam")))
                .containsExactly("x_account", "name");
        assertThat(storedAs(TableKind.ACCOUNT, headers, List.of(), rows("6f1c2a3b-0000-4000-8000-000000000001",
                "6f1c2a3b-0000-4000-8000-000000000001"))).as("a repeated GUID is a lookup").containsExactly(
                "x_account", "name");
        assertThat(storedAs(TableKind.ACCOUNT, headers, List.of(), rows("", ""))).containsExactly("x_account", "name");
        // On contacts, "Account" is a lookup to the account, whatever it holds.
        assertThat(storedAs(TableKind.CONTACT, List.of("Account", "Full Name"), List.of(),
                rows("6f1c2a3b-0000-4000-8000-000000000001"))).containsExactly("x_account", "full_name");
    }

    @Test
    void aLookupColumnHoldingGuidsUnderAnotherNameIsNotTheId() {
        assertThat(storedAs(TableKind.ACCOUNT, List.of("Parent Account", "Account Name"), List.of(),
                rows("6f1c2a3b-0000-4000-8000-000000000001"))).containsExactly("x_parent_account", "name");
    }

    @Test
    void logicalNamesFromTheHiddenSheetMapRenamedAndLocalisedHeaders() {
        HeaderMapping mapping = mapper.map(TableKind.ACCOUNT, List.of("Konto", "Kontoname", "Hauptnummer", "Unbekannt"),
                Arrays.asList("accountid", "name", "telephone1", null), List.of(), Snapshot.PRE);
        assertThat(mapping.columns()).extracting(MappedColumn::storedAs)
                .containsExactly("id", "name", "phone", "x_unbekannt");
        assertThat(mapping.columns().get(1).note()).isEqualTo("logical name name (hidden sheet)");
        assertThat(mapping.dialect()).isEqualTo(Dialect.DISPLAY);
    }

    @Test
    void aFallbackAliasMapsOnlyWhenThePrimaryColumnIsAbsent() {
        assertThat(storedAs(TableKind.ACCOUNT, List.of("DELIVERYADDRESSCITY", "ADDRESSCITY"), List.of(), List.of()))
                .containsExactly("x_deliveryaddresscity", "city");
        assertThat(storedAs(TableKind.ACCOUNT, List.of("DELIVERYADDRESSCITY", "CUSTOMERACCOUNT"), List.of(),
                List.of())).containsExactly("city", "account_number");
    }

    @Test
    void odataPascalCaseNamesAreTheFnoDialect() {
        HeaderMapping mapping = mapper.map(TableKind.ACCOUNT, List.of("dataAreaId", "CustomerAccount",
                "OrganizationName", "CustomerGroupId"), Snapshot.POST);
        assertThat(mapping.columns()).extracting(MappedColumn::storedAs)
                .containsExactly("company", "account_number", "name", "customer_group");
        assertThat(mapping.dialect()).isEqualTo(Dialect.FNO);
        assertThat(HeaderMapper.styleOf("CustomerAccount")).isEqualTo(Dialect.FNO);
        assertThat(HeaderMapper.styleOf("CUSTOMERACCOUNT")).isEqualTo(Dialect.FNO);
        assertThat(HeaderMapper.styleOf("Customer Account")).isEqualTo(Dialect.DISPLAY);
        assertThat(HeaderMapper.styleOf("accountnumber")).isEqualTo(Dialect.LOGICAL);
        assertThat(HeaderMapper.styleOf("Kontoname")).isEqualTo(Dialect.DISPLAY);
        assertThat(HeaderMapper.styleOf("dataAreaId")).isEqualTo(Dialect.FNO);
    }

    @Test
    void hiddenSheetLayoutsAllGiveLogicalNames() {
        HiddenSheetNames pairs = HiddenSheetNames.of(List.<String[]>of(new String[] {
            "account:QUJD+/=:accountid=%28Do%20Not%20Modify%29%20Account&name=Kontoname&address1_city=Ort"}));
        assertThat(pairs.forHeader(List.of("(Do Not Modify) Account", "Kontoname", "Ort", "Other"), 0))
                .containsExactly("accountid", "name", "address1_city", null);
        HiddenSheetNames rows = HiddenSheetNames.of(List.of(new String[] {"contact"},
                new String[] {"Kontakt", "contactid"}, new String[] {"Nachname", "lastname"}));
        assertThat(rows.forHeader(List.of("Nachname", "Kontakt"), 0)).containsExactly("lastname", "contactid");
        HiddenSheetNames aligned = HiddenSheetNames.of(List.<String[]>of(new String[] {null, "salesorderid", "name",
            "totalamount"}));
        assertThat(aligned.forHeader(List.of("Auftrag", "Name", "Betrag"), 1))
                .containsExactly("salesorderid", "name", "totalamount");
        assertThat(HiddenSheetNames.of(List.<String[]>of(new String[] {"Some note for the user"})).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "$80,000.00|80,000.00", "-$80.00|-80.00", "$-80.00|-80.00", "($1,000.00)|-1,000.00", "1.234,50 €|1.234,50",
        "£12|12", "USD 5.25|5.25", "5.25 EUR|5.25", "US$ 7|7", "€ 0,99|0,99", "(12)|-12",
    })
    void moneyTextGivesTheSignedAmount(String text, String amount) {
        assertThat(MoneyText.amount(text)).contains(amount);
    }

    @ParameterizedTest(name = "{0} is not money")
    @CsvSource(delimiter = '|', value = {"eighty dollars", "$", "($12", "-(12)", "12 apples", "--5", "$1$2"})
    void moneyTextRejectsWhatIsNotAnAmount(String text) {
        assertThat(MoneyText.amount(text)).isEqualTo(Optional.empty());
    }

    @Test
    void currencyTextReadsAsTheExactDecimal() throws BadValue {
        assertThat(NumberCells.parse("$80,000.00", false, DecimalStyle.POINT)).isEqualByComparingTo("80000.00");
        assertThat(NumberCells.parse("(€1.234,56)", false, DecimalStyle.POINT)).isEqualByComparingTo("-1234.56");
        assertThat(NumberCells.parse("£0.10", false, DecimalStyle.COMMA)).isEqualByComparingTo("0.10");
    }

    @Test
    void companyCodesAreReadUpperCase() throws BadValue {
        CellParser company = CellParsers.forColumn(TableKind.ACCOUNT.column("company").orElseThrow(),
                DecimalStyle.POINT, null);
        assertThat(company.parse("usmf", false)).isEqualTo("USMF");
        assertThat(company.parse("", false)).isNull();
        assertThat(CellParsers.forColumn(TableKind.ACCOUNT.column("name").orElseThrow(), DecimalStyle.POINT, null)
                .parse("usmf", false)).isEqualTo("usmf");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"A,0", "Z,25", "AA,26", "AZ,51", "BA,52", "XFD,16383"})
    void columnLettersRoundTrip(String letters, int column) {
        assertThat(CellRange.column(letters)).isEqualTo(column);
        assertThat(CellRange.letters(column)).isEqualTo(letters);
    }

    @Test
    void tableRangesParseAndRelativeTargetsResolve() {
        assertThat(CellRange.parse("B3:AP42")).contains(new CellRange(1, 3, 41, 42));
        assertThat(CellRange.parse("$A$1:$C$9")).contains(new CellRange(0, 1, 2, 9));
        assertThat(CellRange.parse("A1")).isEmpty();
        assertThat(XlsxPackage.resolve("xl/worksheets/", "../tables/table1.xml")).isEqualTo("xl/tables/table1.xml");
        assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/", "/xl/worksheets/sheet2.xml")).isEqualTo("xl/worksheets/sheet2.xml");
    }

    @Test
    void theDateTypeScanFindsTheAttributeAcrossBlockBoundariesAndNothingElse() throws IOException {
        for (int at = 65_536 - 8; at <= 65_536 + 8; at++) {
            for (String mark : List.of(" t=\"d\"", "\nt='d'")) {
                String xml = "x".repeat(at) + "<c r=\"A1\"" + mark + "><v>2020-01-01</v></c>";
                assertThat(DateTypedCells.contains(stream(xml))).as("at %d: %s", at, mark).isTrue();
            }
        }
        for (String xml : List.of("<c t=\"dd\">", "<c xt=\"d\">", "<c t=\"n\">d", "<c t=\"d'>")) {
            assertThat(DateTypedCells.contains(stream(xml))).as(xml).isFalse();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @TempDir
    Path dir;

    /** Past the first 1,000 rows the file is read twice: both reads go through a retyped copy, then it is gone. */
    @Test
    void aLongWorkbookOfDateTypedCellsIsReadTwiceThroughCopiesThatAreDeleted() throws IOException {
        List<List<RawXlsx.RawCell>> sheet = RawXlsx.rows();
        sheet.add(List.of(RawXlsx.RawCell.shared("Order ID"), RawXlsx.RawCell.shared("Date Submitted")));
        for (int i = 0; i < 1_500; i++) {
            // the day-first value comes last, so only the survey of the whole file can decide the order
            String date = i == 1_499 ? "25/12/2020 10:00:00 PM" : "0" + (1 + i % 9) + "/02/2020 08:30:00 AM";
            sheet.add(List.of(RawXlsx.RawCell.shared("ORD-" + i), RawXlsx.RawCell.of("d", date)));
        }
        Path file = dir.resolve("Orders.xlsx");
        RawXlsx.write(file, sheet, 0, 1, false);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long copiesBefore = copies(temp);
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load(file, Snapshot.PRE, null).report();

            assertThat(report.rejected()).as("%s", report.rejections()).isZero();
            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.ORDER);
            assertThat(rows).hasSize(1_500);
            assertThat(rows.get(0)).containsEntry("date_submitted", LocalDateTime.of(2020, 2, 1, 8, 30));
            assertThat(rows.get(1_499)).containsEntry("date_submitted", LocalDateTime.of(2020, 12, 25, 22, 0));
        }
        assertThat(copies(temp)).isEqualTo(copiesBefore);
    }

    private static long copies(Path temp) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("p2c-audit-")
                    && f.getFileName().toString().endsWith(".xlsx")).count();
        }
    }
}
