package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationTest {

    @TempDir
    Path dir;

    @Test
    void pairsByBusinessKeyThroughTheRenamesAndReportsLostNewAndDuplicatedRecords() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID,Name,Total Amount\nS1,One,100.00\nS2,Two,50.00\nS3,Three,10\nS4,Dup a,1\nS4,Dup b,1\n")
                .post("Order.csv", "Sales Order Number,Order ID,Name,Total Amount\nS1,S1,One,100.004\nS2,S2,Two changed,55.00\n"
                        + "F9,,New in SCM,70\nS4,S4,Dup,1\n")
                .run();

        assertThat(audit.keys("REC-KEY-DUP", Snapshot.PRE)).containsExactly("S4");
        assertThat(audit.keys("REC-MISSING")).containsExactly("S3");
        assertThat(audit.keys("REC-EXTRA")).containsExactly("F9");
        assertThat(audit.keys("REC-CHANGED")).containsExactly("S2");
        assertThat(audit.one("REC-CHANGED", "S2").values()).containsEntry("name", new FindingValue("Two", "Two changed"))
                .containsEntry("total_amount", new FindingValue("50", "55"));
    }

    @Test
    void pairsByRecordIdWhenEveryRowHasOne() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Contact.csv", "contactid,fullname,msdynce_contactnumber\ng1,Ann,CON-1\ng2,Bob,CON-2\n")
                .post("Contact.csv", "contactid,fullname,msdyn_contactnumber\ng1,Ann,CON-1-NEW\ng2,Bob,CON-2\n").run();

        assertThat(audit.keys("REC-MISSING")).isEmpty();
        assertThat(audit.keys("REC-EXTRA")).isEmpty();
    }

    @Test
    void linesPairByParentKeyAndLineNumberAcrossDialects() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID\nS1\n")
                .pre("Order Products.csv", "Order ID (Order),Line Number,Quantity,Price Per Unit\nS1,1,2,10\nS1,2,1,5\nS1,3,1,1\n")
                .post("Order.csv", "Sales Order Number\nS1\n")
                .post("CDS sales order lines.csv", "SALESORDERNUMBER,LINECREATIONSEQUENCENUMBER,ORDEREDSALESQUANTITY,SALESPRICE\n"
                        + "S1,1,2,10\nS1,2,3,5\n").run();

        assertThat(audit.keys("REC-MISSING")).containsExactly("S1/3");
        assertThat(audit.keys("REC-CHANGED")).containsExactly("S1/2");
        assertThat(audit.one("REC-CHANGED", "S1/2").message())
                .isEqualTo("Order Product S1/2 changed in the migration: quantity '1' → '3'.");
    }

    @Test
    void totalsOverallAndPerCompanyAndCurrency() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID,Company,Currency,Total Amount\nS1,USMF,USD,100\nS2,DEMF,EUR,50\nS3,DEMF,EUR,5\n")
                .post("Order.csv", "Sales Order Number,Company,Currency,Total Amount\nS1,USMF,USD,100\nS2,DEMF,EUR,50.001\n")
                .run();

        assertThat(audit.keys("REC-TOTALS")).containsExactlyInAnyOrder("order", "order/DEMF/EUR");
        assertThat(audit.one("REC-TOTALS", "order").message())
                .isEqualTo("Totals of order differ between the exports: rows 3 → 2; total amount 155 → 150.001.");
    }

    @Test
    void aTableLoadedOnOneSideOnlyIsNotReconciled() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", "Sales Order Number\nS1\n").run();

        assertThat(audit.findings).noneMatch(f -> f.rule().startsWith("REC-"));
    }
    /**
     * Pairing by record id takes the data tables' id index when each side writes its ids in one
     * case, and key tables otherwise (Pairings); both must find the same pairs. Each spelling pair
     * below takes one of the two ways.
     */
    @ParameterizedTest(name = "pre ids {0}, post ids {1}")
    @CsvSource({"lower, upper", "upper, upper", "lower, lower", "lower, mixed", "padded, upper", "mixed, mixed"})
    void pairingByIdFindsTheSamePairsHoweverTheIdsAreWritten(String preSpelling, String postSpelling) {
        UnaryOperator<String> pre = spelling(preSpelling);
        UnaryOperator<String> post = spelling(postSpelling);
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID\nS1\n")
                .pre("Order Products.csv", "(Do Not Modify) Order Product,Order ID (Order),Line Number,Quantity,Manual Discount\n"
                        + pre.apply("ab-1") + ",S1,1,3,10.00\n" + pre.apply("ab-2") + ",S1,2,3,10.00\n"
                        + pre.apply("ab-3") + ",S1,3,1,0\n" + pre.apply("ab-4") + ",S1,4,1,0\n" + pre.apply("ab-4") + ",S1,5,1,0\n"
                        + pre.apply("ab-6") + ",S1,6,1,0\n" + pre.apply("ab-7") + ",S1,7,1,0\n")
                .post("Order.csv", "Sales Order Number\nS1\n")
                .post("Order Products.csv", "(Do Not Modify) Order Product,Order ID (Order),Line Number,Quantity,"
                        + "Line Discount Amount,Sales Charges\n"
                        + post.apply("ab-1") + ",S1,1,3,3.33,0.01\n" + post.apply("ab-2") + ",S1,2,3,3.33,0\n"
                        + post.apply("ab-4") + ",S1,4,1,0,0\n" + post.apply("ab-6") + ",S1,6,2,0,0\n"
                        + post.apply("ab-7") + ",S1,7,1,0,0\n" + post.apply("ab-7") + ",S1,8,1,0,0\n"
                        + post.apply("ab-9") + ",S1,9,1,0,0\n").run();

        assertThat(audit.keys("REC-KEY-DUP", Snapshot.PRE)).containsExactly("S1/4");
        assertThat(audit.keys("REC-KEY-DUP", Snapshot.POST)).containsExactly("S1/7");
        assertThat(audit.keys("REC-MISSING")).containsExactly("S1/3");
        assertThat(audit.keys("REC-EXTRA")).containsExactly("S1/9");
        assertThat(audit.keys("REC-CHANGED")).containsExactly("S1/6");
        assertThat(audit.one("REC-CHANGED", "S1/6").values()).containsEntry("quantity", new FindingValue("1", "2"));
        // The full discount of a post line comes from its pre line, so only a paired line is judged.
        assertThat(audit.keys("OLN-ROUNDING")).containsExactly("S1/2");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).containsExactly("S1/1");
    }

    private static UnaryOperator<String> spelling(String name) {
        return switch (name) {
            case "lower" -> id -> id.toLowerCase(Locale.ROOT);
            case "upper" -> id -> id.toUpperCase(Locale.ROOT);
            case "padded" -> id -> " " + id + " ";
            // Every other id upper-cased: no single case for the side.
            case "mixed" -> id -> (id.hashCode() % 2 == 0) ? id.toUpperCase(Locale.ROOT) : id;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
