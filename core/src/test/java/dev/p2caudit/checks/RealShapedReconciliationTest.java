package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixtures under {@code fixtures/reconcile/}: pre and post exports shaped like real ones (Sales
 * display or logical headers on one side, F&amp;O entity fields on the other, labels against codes,
 * two companies), audited for real, with the exact reconciliation findings.
 */
class RealShapedReconciliationTest {

    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures/reconcile");

    @TempDir
    Path dir;

    @Test
    void aWrongSalesOrderNumberIsOneFindingItsOrderAndLinesStillPair() throws Exception {
        List<Finding> findings = audit(FIXTURES.resolve("orders/pre"), FIXTURES.resolve("orders/post"));

        assertThat(keys(findings, "ORD-NUMBER")).containsExactly("post ORD-002");
        assertThat(keys(findings, "REC-MISSING")).isEmpty();
        assertThat(keys(findings, "REC-EXTRA")).isEmpty();
        assertThat(keys(findings, "REC-KEY-DUP")).isEmpty();
        // US Dollar = USD, United States = US, U.S. = USA, usmf = USMF: no change, no totals apart.
        assertThat(keys(findings, "REC-TOTALS")).isEmpty();
        // Item based / Item-based (labels, pre) = 192350000 (the code, post); Active = 0, Invoiced = 4.
        assertThat(keys(findings, "ORD-TYPE")).isEmpty();
        // Widget (the name, pre) is W-1 (the number, post): the same product.
        assertThat(keys(findings, "REC-CHANGED")).containsExactly("post ORD-0003/1");
        assertThat(one(findings, "REC-CHANGED").message()).isEqualTo(
                "Order Product ORD-0003/1 of company USMF changed in the migration: quantity '1' → '-1'. The line became a return.");
    }

    @Test
    void aLineWhoseProductChangedIsReportedWithBothProducts() throws Exception {
        Path pre = FIXTURES.resolve("orders/pre");
        Path post = dir.resolve("post");
        java.nio.file.Files.createDirectories(post);
        for (Path file : InputFiles.expand(List.of(FIXTURES.resolve("orders/post")))) {
            String text = java.nio.file.Files.readString(file);
            if (file.getFileName().toString().startsWith("CDS")) {
                text = text.replace("ORD-002,1,G-1", "ORD-002,1,W-1");
            }
            java.nio.file.Files.writeString(post.resolve(file.getFileName()), text);
        }
        List<Finding> findings = audit(pre, post);

        assertThat(keys(findings, "REC-CHANGED")).containsExactlyInAnyOrder("post ORD-002/1", "post ORD-0003/1");
        assertThat(findings.stream().filter(f -> f.key().equals("ORD-002/1")).findFirst().orElseThrow().message())
                .isEqualTo("Order Product ORD-002/1 of company DEMF changed in the migration: product 'Gadget' → 'W-1'.");
    }

    private static Finding one(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void accountsOfTwoCompaniesAndTwoFilesOfOneTable() throws Exception {
        List<Finding> findings = audit(FIXTURES.resolve("accounts/pre"), FIXTURES.resolve("accounts/post"));

        // C0001 of USMF and C0001 of GBSI are two records: no REC-KEY-DUP; the GBSI one is new.
        assertThat(keys(findings, "REC-KEY-DUP")).isEmpty();
        assertThat(keys(findings, "REC-MISSING")).isEmpty();
        assertThat(keys(findings, "REC-EXTRA")).containsExactly("post C0001");
        assertThat(one(findings, "REC-EXTRA").message())
                .isEqualTo("Account C0001 of company GBSI is in the post-migration export but not in the pre-migration one.");
        // +1 (425) 555-0100 = 14255550100, US Dollar = USD, Pound Sterling = GBP, United Kingdom = GBR;
        // Accounts.csv has no phone: its row's phone is not compared.
        assertThat(keys(findings, "REC-CHANGED")).isEmpty();
        // Accounts.csv has no Company and no Currency: no breakdown by company and currency.
        assertThat(keys(findings, "REC-TOTALS")).containsExactly("post account");
        // The F&O customers are customers (no relationship type in Customers V3); their party
        // numbers are F&O's global address book numbers: no ACC-PARTY.
        assertThat(keys(findings, "ACC-FINDIM")).containsExactly("post C0001");
        assertThat(one(findings, "ACC-FINDIM").message()).endsWith("(Company: USMF)");
        assertThat(keys(findings, "ACC-PARTY")).isEmpty();
        // The Sales file without Company: one SCHEMA-MISSING for the file, no ACC-COMPANY per row.
        assertThat(keys(findings, "ACC-COMPANY")).isEmpty();
        assertThat(keys(findings, "ACC-NUMBER-DUP")).isEmpty();
        assertThat(keys(findings, "SCHEMA-MISSING")).containsExactlyInAnyOrder("post Accounts.csv:account.company",
                "post Accounts.csv:account.phone", "post account.email", "post account.website");
        assertThat(findings.stream().filter(f -> f.key().equals("Accounts.csv:account.company")).findFirst()
                .orElseThrow().message()).isEqualTo("The post-migration file Accounts.csv has no company column (other"
                + " account files have it), so ACC-COMPANY, ACC-NUMBER-DUP did not run on its rows.");
    }

    @Test
    void invoiceLinesWithoutLineNumbersPairByProductInOrderNeverAsDuplicates() throws Exception {
        List<Finding> findings = audit(FIXTURES.resolve("invoices/pre"), FIXTURES.resolve("invoices/post"));

        // F&O's lines here carry no line number: two lines of W-1 on CIV-1 are not a REC-KEY-DUP,
        // they pair with pre's lines 1 and 2 in order.
        assertThat(keys(findings, "REC-KEY-DUP")).isEmpty();
        assertThat(keys(findings, "REC-MISSING")).isEmpty();
        assertThat(keys(findings, "REC-EXTRA")).isEmpty();
        assertThat(keys(findings, "REC-CHANGED")).containsExactly("post CIV-2/G-1");
        assertThat(one(findings, "REC-CHANGED").message()).isEqualTo(
                "Invoice Product CIV-2/G-1 changed in the migration: quantity '1' → '3'; extended amount '5' → '15'.");
    }

    @Test
    void partyNumbersOfSalesExportsAreStillJudged() throws Exception {
        Path post = dir.resolve("post");
        java.nio.file.Files.createDirectories(post);
        java.nio.file.Files.writeString(post.resolve("Accounts.csv"), "Account Name,Account Number,Company,Party Number\n"
                + "Litware,C0003,USMF,000000104\n");
        List<Finding> findings = audit(FIXTURES.resolve("accounts/pre"), post);

        assertThat(keys(findings, "ACC-PARTY")).containsExactly("post C0003");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"orders/pre", "orders/post", "accounts/pre", "accounts/post", "invoices/pre", "invoices/post"})
    void anExportAuditedAgainstItselfHasNoReconciliationFinding(String folder) throws Exception {
        List<Finding> findings = audit(FIXTURES.resolve(folder), FIXTURES.resolve(folder));

        assertThat(findings.stream().filter(f -> f.rule().startsWith("REC-")).toList()).isEmpty();
    }

    /** Rows without any key (no number, no id, lines without parent): they pair by their compared columns. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Account.csv|Account Name,Main Phone,Currency,Website",
        "Contact.csv|First Name,Last Name,Email,Business Phone",
        "Product.csv|Name,List Price,Default Unit",
        "Quote.csv|Name,Total Amount,Currency",
        "Quote Products.csv|Existing Product,Quantity,Price Per Unit",
        "Order.csv|Name,Total Amount,Currency",
        "Order Products.csv|Existing Product,Quantity,Price Per Unit",
        "Invoice.csv|Customer,Total Amount",
        "Invoice Products.csv|Existing Product,Quantity,Price Per Unit"})
    void keylessRowsAuditedAgainstThemselvesPairCompletely(String file, String header) throws Exception {
        int columns = header.split(",").length;
        StringBuilder csv = new StringBuilder(header).append('\n');
        // Two identical rows, and two that differ in one column.
        for (String row : List.of("A,1,10,x", "A,1,10,x", "B,2,20,y", "B,3,20,y")) {
            csv.append(String.join(",", java.util.Arrays.copyOf(row.split(","), columns))).append('\n');
        }
        Path folder = dir.resolve("in");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve(file), csv.toString());
        List<Finding> findings = audit(folder, folder);

        assertThat(findings.stream().filter(f -> f.rule().startsWith("REC-")).map(f -> f.rule() + " " + f.key())
                .toList()).isEmpty();
    }

    @Test
    void theSampleDataAuditedAgainstItselfHasNoReconciliationFinding() throws Exception {
        Path pre = Path.of("sample-data/pre");
        List<Finding> findings = audit(pre, pre);

        assertThat(findings.stream().filter(f -> f.rule().startsWith("REC-")).map(f -> f.rule() + " " + f.key())
                .toList()).isEmpty();
    }

    static List<String> keys(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(f -> f.snapshot().id() + " " + f.key()).toList();
    }

    private List<Finding> audit(Path pre, Path post) throws java.io.IOException {
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            new InputImporter().importExactly(ws, Map.of(Snapshot.PRE, InputFiles.expand(List.of(pre)),
                    Snapshot.POST, InputFiles.expand(List.of(post))), f -> null, ProgressListener.NONE);
            AuditEngine.Result result = new AuditEngine("test").run(ws, AuditProfile.defaults(), Waivers.none(),
                    ProgressListener.NONE);
            return ws.findings().page(result.summary().runId(), 0, 100_000);
        }
    }
}
