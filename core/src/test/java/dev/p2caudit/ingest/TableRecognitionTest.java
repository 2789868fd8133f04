package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRecognitionTest {

    private final TableDetector detector = new TableDetector(HeaderCatalog.standard());
    private final FileInspector inspector = new FileInspector();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Account.csv, account",
        "Accounts 2021-03-01.xlsx, account",
        "Order Products 2021-03-01.xlsx, order_line",
        "CDS sales order lines.csv, order_line",
        "CDS sales order headers.csv, order",
        "Sales invoice headers V2.csv, invoice",
        "Sales invoice lines V2.csv, invoice_line",
        "salesorderdetail.csv, order_line",
        "salesorder.csv, order",
        "Quote Products.csv, quote_line",
        "quotedetail.csv, quote_line",
        "Invoice Products.xlsx, invoice_line",
        "Released products V2.csv, product",
        "CDS Contacts V2.csv, contact",
    })
    void fileNamesNameTheirTable(String file, String table) {
        assertThat(detector.fromFileName(file)).containsExactly(TableKind.fromId(table).orElseThrow());
    }

    @Test
    void customersV3IsAmbiguousByNameAndSettledByHeaders() {
        assertThat(detector.fromFileName("Customers V3.csv")).containsExactlyInAnyOrder(TableKind.ACCOUNT, TableKind.CONTACT);

        FileReport organisations = inspector.inspect(ImportHarness.fixture("dialect/Customers V3.csv"), Snapshot.POST, null);
        FileReport persons = inspector.inspect(ImportHarness.fixture("dialect/Customers V3 persons.csv"), Snapshot.POST, null);

        assertThat(organisations.table()).isEqualTo("account");
        assertThat(organisations.dialect().name()).isEqualTo("FNO");
        assertThat(persons.table()).isEqualTo("contact");
    }

    @Test
    void theDoNotModifyColumnNamesTheTableAndItsBookkeepingColumnsAreIgnored() {
        FileReport report = inspector.inspect(ImportHarness.fixture("dialect/export.csv"), Snapshot.PRE, null);

        assertThat(report.table()).isEqualTo("order_line");
        assertThat(report.tableReason()).isEqualTo("(Do Not Modify) Order Product column");
        assertThat(report.columns()).extracting(MappedColumn::header, MappedColumn::canonical, MappedColumn::storedAs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("(Do Not Modify) Order Product", "id", "id"),
                        org.assertj.core.groups.Tuple.tuple("(Do Not Modify) Row Checksum", null, null),
                        org.assertj.core.groups.Tuple.tuple("(Do Not Modify) Modified On", null, null),
                        org.assertj.core.groups.Tuple.tuple("Order ID (Order)", "order_ref", "order_ref"),
                        org.assertj.core.groups.Tuple.tuple("Existing Product", "product", "product"),
                        org.assertj.core.groups.Tuple.tuple("Quantity", "quantity", "quantity"),
                        org.assertj.core.groups.Tuple.tuple("Email (Primary Contact)", null, "x_email_primary_contact"));
        assertThat(report.columns().get(6).note()).isEqualTo("related-table column (Primary Contact); kept as-is");
    }

    @Test
    void headersThatFitSeveralTablesEquallyAreReportedNotGuessed() {
        FileReport report = inspector.inspect(ImportHarness.fixture("dialect/two tables.csv"), Snapshot.POST, null);

        assertThat(report.table()).isNull();
        assertThat(report.problems()).singleElement().asString().contains("name the table with --table");
    }

    @Test
    void theUserCanNameTheTable() {
        Path mystery = ImportHarness.fixture("bad/mystery.csv");

        FileReport report = inspector.inspect(mystery, Snapshot.POST, TableKind.PRODUCT);

        assertThat(report.table()).isEqualTo("product");
        assertThat(report.tableReason()).isEqualTo("named by the user");
        assertThat(report.loadable()).isTrue();
        assertThat(report.columns()).allSatisfy(c -> assertThat(c.isCanonical()).isFalse());
    }

    @Test
    void fnoExportsMapTheirUpperCaseFieldsAndDataAreaId() {
        FileReport report = inspector.inspect(ImportHarness.fixture("dialect/CDS sales order lines.csv"), Snapshot.POST, null);

        assertThat(report.encoding()).isEqualTo("UTF-16LE with BOM");
        assertThat(report.columns()).extracting(MappedColumn::canonical).containsExactly("order_ref", "line_number",
                "product", "quantity", "price_per_unit", "line_discount", "sales_charge", "site", "warehouse", "company");
    }

    @Test
    void contactNumberMeansTheP2cNumberInAPreExportAndTheNewOneInAPostExport() {
        Path file = ImportHarness.fixture("dialect/Contact pre.csv");

        assertThat(inspector.inspect(file, Snapshot.PRE, null).columns()).extracting(MappedColumn::canonical)
                .containsExactly("full_name", "p2c_contact_number", "is_active_customer");
        assertThat(inspector.inspect(file, Snapshot.POST, null).columns()).extracting(MappedColumn::canonical)
                .containsExactly("full_name", "contact_number", "is_active_customer");
    }

    @Test
    void aHeaderThatTwoDialectsSpellAlikeFollowsItsOwnSpelling() {
        HeaderMapper mapper = new HeaderMapper(HeaderCatalog.standard());

        assertThat(mapper.map(TableKind.QUOTE, java.util.List.of("Quote ID", "quoteid"), Snapshot.POST).columns())
                .extracting(MappedColumn::canonical).containsExactly("quote_id", "id");
        assertThat(mapper.map(TableKind.QUOTE, java.util.List.of("quoteid", "Quote ID"), Snapshot.POST).columns())
                .extracting(MappedColumn::canonical).containsExactly("id", "quote_id");
        assertThat(mapper.map(TableKind.INVOICE, java.util.List.of("Invoice ID", "invoiceid"), Snapshot.POST).columns())
                .extracting(MappedColumn::canonical).containsExactly("invoice_number", "id");
    }

    @Test
    void everyCanonicalColumnHasAnAliasAndMatchingIgnoresCaseSpacesUnderscoresAndHyphens() {
        HeaderCatalog catalog = HeaderCatalog.standard();
        for (TableKind table : TableKind.values()) {
            assertThat(catalog.columnsWithAliases(table)).as(table.id())
                    .containsExactlyInAnyOrderElementsOf(table.columns().stream().map(c -> c.name()).toList());
        }
        assertThat(catalog.lookup(TableKind.ORDER, HeaderText.normalize(" SALES_ORDER-number "), Snapshot.POST))
                .extracting(HeaderCatalog.Alias::canonical).containsOnly("sales_order_number");
    }
}
