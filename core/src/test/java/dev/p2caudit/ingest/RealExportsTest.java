package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-shaped corpus in {@code fixtures/real} (written by {@code make_real.py}, shapes listed
 * in its README): each file's table, dialect, exact header mapping, rows, rejections and values.
 */
class RealExportsTest {

    @TempDir
    Path dir;

    @Test
    void salesAccountsExportWithRecordsTableHiddenSheetAndDateTypedCells() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Active Accounts 03-12-2026 14-02-11.xlsx", Snapshot.PRE);

            assertThat(report.table()).isEqualTo("account");
            assertThat(report.dialect()).isEqualTo(Dialect.DISPLAY);
            assertThat(report.problems()).isEmpty();
            assertThat(mapping(report)).containsExactly("Account=id", "(Do Not Modify) Row Checksum=(ignored)",
                    "(Do Not Modify) Modified On=(ignored)", "Kontoname=name", "Account Number=account_number",
                    "Company=company", "Relationship Type=relationship_type", "Customer Group Id=customer_group",
                    "Party Number=party_number", "Email=email", "Main Phone=phone", "Website=website",
                    "Address 1: City=city", "Address 1: Country/Region=country", "Currency=currency",
                    "Status=status", "Parent Account=x_parent_account", "Primary Contact=x_primary_contact",
                    "Annual Revenue=x_annual_revenue", "Credit Limit=x_credit_limit", "Created On=x_created_on",
                    "Number of Employees=x_number_of_employees", "Industry=x_industry",
                    "Description=x_description", "Account Rating=x_account_rating",
                    "Address 1: Street 1=x_address_1_street_1",
                    "Address 1: ZIP/Postal Code=x_address_1_zip_postal_code",
                    "Address 1: State/Province=x_address_1_state_province", "Fax=x_fax", "Ownership=x_ownership",
                    "SIC Code=x_sic_code", "Ticker Symbol=x_ticker_symbol", "Owner=x_owner",
                    "Originating Lead=x_originating_lead",
                    "Preferred Method of Contact=x_preferred_method_of_contact", "Territory=x_territory",
                    "Category=x_category", "Payment Terms=x_payment_terms", "Shipping Method=x_shipping_method",
                    "Do not allow Emails=x_do_not_allow_emails", "Stock Exchange=x_stock_exchange",
                    "Credit Hold=x_credit_hold", "Address 2: City=x_address_2_city",
                    "Exchange Rate=x_exchange_rate");
            assertThat(note(report, "Kontoname")).isEqualTo("logical name name (hidden sheet)");
            assertThat(note(report, "Account")).isEqualTo("logical name accountid (hidden sheet)");
            assertThat(report.rows()).isEqualTo(3);
            assertThat(report.rejected()).isZero();

            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.ACCOUNT);
            assertThat(rows).extracting(r -> r.get("id")).containsExactly("5e1e0001-1a2b-4c3d-8e4f-000000000001",
                    "5e1e0002-1a2b-4c3d-8e4f-000000000002", "5e1e0003-1a2b-4c3d-8e4f-000000000003");
            assertThat(rows).extracting(r -> r.get("name"))
                    .containsExactly("Contoso Ltd", "Fabrikam GmbH", "Adatum Corporation");
            assertThat(rows.get(0)).containsEntry("company", "USMF").containsEntry("x_created_on",
                    "16/09/2020 02:37:27 PM").containsEntry("x_annual_revenue", "80000")
                    .containsEntry("x_credit_limit", "$80,000.00").containsEntry("x_number_of_employees", "120")
                    .containsEntry("x_industry", "Row 1 Industry").containsEntry("source_line", 2L);
            assertThat(rows.get(1)).containsEntry("x_annual_revenue", "1250000.5")
                    .containsEntry("x_credit_limit", "$1,250,000.50").containsEntry("x_parent_account", "Contoso Ltd");
        }
    }

    @Test
    void localisedHeadersUnderANameThatSaysNothingAreToldByTheHiddenSheetsLogicalNames() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Export 2026-12-03 (de).xlsx", Snapshot.PRE);

            assertThat(report.table()).isEqualTo("account");
            assertThat(report.tableReason()).isEqualTo("headers (6 of 7 columns match)");
            assertThat(report.dialect()).isEqualTo(Dialect.DISPLAY);
            assertThat(mapping(report)).containsExactly("Konto=id", "Kontoname=name", "Kontonummer=account_number",
                    "Unternehmen=company", "Hauptnummer=phone", "Ort=city", "Erstellt am=x_erstellt_am");
            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.ACCOUNT);
            assertThat(rows).extracting(r -> r.get("company") + "/" + r.get("account_number") + "/" + r.get("city"))
                    .containsExactly("DEMF/DE-010/München", "DEMF/DE-011/Köln");
            assertThat(rows.get(0)).containsEntry("x_erstellt_am", "16.09.2020 14:37");
        }
    }

    @Test
    void salesContactsExportWithTheHiddenSheetFirstAndThePointSevenColumns() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Active Contacts 03-12-2026 14-05-40.xlsx", Snapshot.POST);

            assertThat(report.table()).isEqualTo("contact");
            assertThat(mapping(report)).containsExactly("Contact=id", "(Do Not Modify) Row Checksum=(ignored)",
                    "(Do Not Modify) Modified On=(ignored)", "Full Name=full_name", "First Name=first_name",
                    "Last Name=last_name", "Email=email", "Business Phone=business_phone",
                    "Parent Account=parent_account", "Status Reason=status_reason",
                    "Primary Contact=x_primary_contact", "Address 1: City=city",
                    "Address 1: Country/Region=country", "Company=company", "Is Active Customer=is_active_customer",
                    "Sellable=sellable", "Contact For=contact_for", "Customer Group Id=customer_group",
                    "Contact Number=contact_number", "Party Number=party_number",
                    "Account Number/Contact Person ID=contact_person_id", "Status=status",
                    "Created On=x_created_on");
            assertThat(report.rows()).isEqualTo(2);
            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(Snapshot.POST, TableKind.CONTACT);
            assertThat(rows.get(0)).containsEntry("id", "5e1e0065-1a2b-4c3d-8e4f-000000000065")
                    .containsEntry("parent_account", "Contoso Ltd").containsEntry("status_reason", "Active")
                    .containsEntry("city", "Seattle").containsEntry("country", "United States")
                    .containsEntry("is_active_customer", true).containsEntry("sellable", true)
                    .containsEntry("contact_number", "CON-01000-BVRCPS").containsEntry("company", "USMF")
                    .containsEntry("x_primary_contact", "Yvonne McKay").containsEntry("source_line", 2L);
            assertThat(rows.get(1)).containsEntry("is_active_customer", false).containsEntry("country", "Germany")
                    .containsEntry("full_name", "Jürgen Weiß");
        }
    }

    @Test
    void salesOrdersExportReadsDateTypedDayFirstTextAndCurrencyTextExactly() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Active Orders 03-12-2026 14-07-03.xlsx", Snapshot.PRE);

            assertThat(report.table()).isEqualTo("order");
            assertThat(mapping(report)).containsExactly("Order=id", "(Do Not Modify) Row Checksum=(ignored)",
                    "(Do Not Modify) Modified On=(ignored)", "Order ID=order_id", "Name=name",
                    "Potential Customer=customer", "Company=company", "Currency=currency",
                    "Total Amount=total_amount", "Freight Amount=freight_amount", "Date Submitted=date_submitted",
                    "Requested Delivery Date=requested_delivery_date", "Status=status",
                    "Status Reason=status_reason", "Owner=x_owner");
            assertThat(note(report, "Order")).isEqualTo("logical name salesorderid (hidden sheet)");
            assertThat(report.rows()).isEqualTo(4);
            assertThat(report.rejections()).containsExactly(new RejectedRow("Active Orders 03-12-2026 14-07-03.xlsx",
                    5, 9, "Total Amount", "cell I5: 'eighty dollars' is not a number (decimal separator '.')",
                    "eighty dollars"));

            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.ORDER);
            assertThat(rows).extracting(r -> r.get("date_submitted")).containsExactly(
                    LocalDateTime.of(2020, 9, 16, 14, 37, 27), LocalDateTime.of(2020, 10, 2, 10, 15),
                    LocalDateTime.of(2020, 10, 30, 17, 45, 10));
            assertThat(rows.get(0)).containsEntry("requested_delivery_date", LocalDateTime.of(2020, 10, 1, 0, 0));
            assertThat(rows).extracting(r -> (BigDecimal) r.get("total_amount"))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("80000.00"), new BigDecimal("1234.50"), new BigDecimal("-2500.00"));
            assertThat(rows).extracting(r -> (BigDecimal) r.get("freight_amount"))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("125.5"), BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    @Test
    void fnoCustomersV3ExportAcrossTwoCompaniesLoadsEveryRowWithItsCompany() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Customers V3 USMF GBSI.csv", Snapshot.POST);

            assertThat(report.table()).isEqualTo("account");
            assertThat(report.tableReason()).isEqualTo("headers (17 of 64 columns match)");
            assertThat(report.dialect()).isEqualTo(Dialect.FNO);
            assertThat(mapping(report)).hasSize(64).startsWith("CUSTOMERACCOUNT=account_number",
                    "DATAAREAID=company", "PARTYNUMBER=party_number", "PARTYTYPE=party_type",
                    "ORGANIZATIONNAME=name", "NAMEALIAS=x_namealias", "CUSTOMERGROUPID=customer_group",
                    "SALESCURRENCYCODE=currency", "PRIMARYCONTACTEMAIL=email", "PRIMARYCONTACTPHONE=phone",
                    "PRIMARYCONTACTURL=website", "ADDRESSCITY=city", "ADDRESSCOUNTRYREGIONID=country",
                    "ADDRESSCOUNTRYREGIONISOCODE=x_addresscountryregionisocode", "ADDRESSSTREET=x_addressstreet",
                    "ADDRESSZIPCODE=x_addresszipcode", "ADDRESSSTATE=x_addressstate",
                    "DELIVERYADDRESSCITY=x_deliveryaddresscity",
                    "DELIVERYADDRESSCOUNTRYREGIONID=x_deliveryaddresscountryregionid",
                    "DELIVERYADDRESSCOUNTRYREGIONISOCODE=x_deliveryaddresscountryregionisocode",
                    "DELIVERYADDRESSSTREET=x_deliveryaddressstreet", "DELIVERYADDRESSZIPCODE=x_deliveryaddresszipcode",
                    "DEFAULTDIMENSIONDISPLAYVALUE=financial_dimensions")
                    .filteredOn(m -> !m.contains("=x_")).hasSize(13);
            assertThat(report.rows()).isEqualTo(5);
            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(Snapshot.POST, TableKind.ACCOUNT);
            assertThat(rows).extracting(r -> r.get("company") + "/" + r.get("account_number") + "/"
                    + r.get("party_number")).containsExactly("USMF/US-001/000000123", "USMF/US-002/000000124",
                    "GBSI/US-001/000000562", "GBSI/GB-004/000000563", "USMF/US-003/000000125");
            assertThat(rows.get(2)).containsEntry("party_type", "Organization").containsEntry("city", "London")
                    .containsEntry("country", "GBR").containsEntry("x_addresscountryregionisocode", "GB")
                    .containsEntry("x_deliveryaddresscity", "London").containsEntry("name", "Contoso UK");
            assertThat(rows.get(4)).containsEntry("name", "Proseware, Inc.");
        }
    }

    @Test
    void fnoODataDumpWithPascalCaseNamesIsTheFnoDialect() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "OData CustomersV3 dump.csv", Snapshot.POST);

            assertThat(report.table()).isEqualTo("account");
            assertThat(report.tableReason()).isEqualTo("headers (12 of 15 columns match)");
            assertThat(report.dialect()).isEqualTo(Dialect.FNO);
            assertThat(mapping(report)).containsExactly("@odata.etag=x_odata_etag", "dataAreaId=company",
                    "CustomerAccount=account_number", "OrganizationName=name", "PartyNumber=party_number",
                    "PartyType=party_type", "CustomerGroupId=customer_group", "SalesCurrencyCode=currency",
                    "PrimaryContactEmail=email", "PrimaryContactPhone=phone", "DeliveryAddressCity=city",
                    "DeliveryAddressCountryRegionISOCode=country",
                    "DefaultDimensionDisplayValue=financial_dimensions", "CreditLimit=x_creditlimit",
                    "PaymentTerms=x_paymentterms");
            assertThat(note(report, "DeliveryAddressCity")).isEqualTo("second choice: no other column for it");
            List<Map<String, Object>> rows = h.rows(Snapshot.POST, TableKind.ACCOUNT);
            assertThat(rows).extracting(r -> r.get("company") + "/" + r.get("account_number") + "/" + r.get("city")
                    + "/" + r.get("country")).containsExactly("USMF/US-001/Seattle/US", "GBSI/US-001/London/GB",
                    "USMF/US-002/Chicago/US");
        }
    }

    @Test
    void crmProductExportReadsSerialDatesAndMoneyInEveryForm() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Products CRM export.xlsx", Snapshot.PRE);

            assertThat(report.table()).isEqualTo("product");
            assertThat(mapping(report)).containsExactly("(Do Not Modify) Product=id",
                    "(Do Not Modify) Row Checksum=(ignored)", "(Do Not Modify) Modified On=(ignored)",
                    "Product ID=product_number", "Name=name", "Default Unit=unit", "List Price=price",
                    "Status=status", "Valid From=x_valid_from", "Valid To=x_valid_to", "Created On=x_created_on");
            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.PRODUCT);
            assertThat(rows).extracting(r -> (BigDecimal) r.get("price")).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1250"), new BigDecimal("49.99"), new BigDecimal("1000.00"));
            assertThat(rows).extracting(r -> r.get("x_created_on")).containsExactly("2020-09-16T14:37:17",
                    "2020-09-17T12:00", "2020-09-18T06:00");
            assertThat(rows).extracting(r -> r.get("x_valid_from")).containsExactly("2020-01-01T00:00",
                    "2020-01-01T00:00", null);
            assertThat(rows.get(0)).containsEntry("x_valid_to", "2029-12-31T00:00");
        }
    }

    @Test
    void dataverseImportTemplateWithNoDataLoadsNothingAndMapsItsHeaders() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Account import template.xlsx", Snapshot.PRE);

            assertThat(report.problems()).isEmpty();
            assertThat(report.table()).isEqualTo("account");
            assertThat(mapping(report)).containsExactly("(Do Not Modify) Account=id",
                    "(Do Not Modify) Row Checksum=(ignored)", "(Do Not Modify) Modified On=(ignored)",
                    "Account Name=name", "Account Number=account_number", "Main Phone=phone",
                    "Address 1: City=city", "Primary Contact=x_primary_contact");
            assertThat(report.rows()).isZero();
            assertThat(h.rows(Snapshot.PRE, TableKind.ACCOUNT)).isEmpty();
        }
    }

    @Test
    void everyCellTypeIsReadAndErrorCellsRejectOnlyTheirRowNamingTheCell() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = load(h, "Order cell types.xlsx", Snapshot.PRE);

            assertThat(mapping(report)).containsExactly("Order ID=order_id", "Name=name", "Item-based=item_based",
                    "Total Amount=total_amount", "Date Submitted=date_submitted", "Status Reason=status_reason");
            assertThat(report.rows()).isEqualTo(4);
            assertThat(report.rejections()).containsExactly(
                    new RejectedRow("Order cell types.xlsx", 5, 5, "Total Amount",
                            "cell E5: the cell holds the Excel error #N/A", "#N/A"),
                    new RejectedRow("Order cell types.xlsx", 6, 7, "Status Reason",
                            "cell G6: the cell holds the Excel error #DIV/0!", "#DIV/0!"));
            List<Map<String, Object>> rows = h.rows(Snapshot.PRE, TableKind.ORDER);
            assertThat(rows).extracting(r -> r.get("order_id")).containsExactly("ORD-2001", "ORD-2004");
            assertThat(rows.get(0)).containsEntry("name", "Inline & <escaped>").containsEntry("item_based", true)
                    .containsEntry("date_submitted", LocalDateTime.of(2020, 9, 16, 14, 37, 27))
                    .containsEntry("status_reason", "Won").containsEntry("source_line", 4L);
            assertThat((BigDecimal) rows.get(0).get("total_amount")).isEqualByComparingTo("10.25");
            assertThat((BigDecimal) rows.get(1).get("total_amount")).isEqualByComparingTo("0.1");
            assertThat(rows.get(1)).containsEntry("item_based", null).containsEntry("name", "Fourth");
        }
    }

    private static FileReport load(ImportHarness h, String name, Snapshot snapshot) {
        return h.load(ImportHarness.fixture("real/" + name), snapshot, null).report();
    }

    /** {@code header=canonical}, {@code header=x_kept} or {@code header=(ignored)}, in file order. */
    private static List<String> mapping(FileReport report) {
        return report.columns().stream().map(c -> c.header() + "="
                + (c.isIgnored() ? "(ignored)" : c.storedAs())).toList();
    }

    private static String note(FileReport report, String header) {
        return report.columns().stream().filter(c -> c.header().equals(header)).map(MappedColumn::note)
                .findFirst().orElseThrow();
    }
}
