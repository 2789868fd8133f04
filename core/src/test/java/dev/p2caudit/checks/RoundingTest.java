package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discount rule of DOMAIN.md, to the cent: q × line discount + sales charge = full discount,
 * and a rounding residue is below |q| × 0.005 + 0.005.
 */
class RoundingTest {

    @TempDir
    Path dir;

    private static final String ORDERS = "Order ID,Sales Order Number\nS1,S1\n";
    private static final String LINES = """
            Order ID (Order),Line Number,Quantity,Manual Discount,Line Discount Amount,Sales Charges
            S1,1,3,10.00,3.33,0.01
            S1,2,4,10.00,2.50,0.00
            S1,3,4,10.00,2.50,
            S1,4,3,10.00,3.33,0.00
            S1,5,3,10.00,3.00,1.00
            S1,6,0,0.00,0.00,0.00
            S1,7,-2,-10.00,6.00,0.00
            S1,8,-3,-10.00,3.33,-0.01
            S1,9,2,0,0,25.00
            S1,10,3,,3.33,0.01
            S1,11,7,1.00,0.14,0.02
            """;

    @Test
    void theDocumentedExampleIsConsistentAndCarriesAResidueOfOneCent() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/1");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).contains("S1/1");
        assertThat(audit.one("OLN-ROUNDING-DELTA", "S1/1").message())
                .isEqualTo("Line S1/1 carries a rounding residue of 0.01 in sales charges (3 × 3.33 + 0.01 = 10.00).");
    }

    @Test
    void evenlyDividingDiscountsAndMissingChargesAreConsistentWithoutResidue() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/2", "S1/3");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).doesNotContain("S1/2", "S1/3");
    }

    @Test
    void aCentLostOrADiscountInventedIsAnError() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).containsExactlyInAnyOrder("S1/4", "S1/7");
        assertThat(audit.one("OLN-ROUNDING", "S1/4").message())
                .isEqualTo("Line S1/4: 3 × 3.33 + 0.00 = 9.99, but the full discount is 10.00: 0.01 of discount lost.");
        assertThat(audit.one("OLN-ROUNDING", "S1/4").values().get("difference").post()).isEqualTo("0.01");
        assertThat(audit.one("OLN-ROUNDING", "S1/7").message())
                .isEqualTo("Line S1/7: -2 × 6.00 + 0.00 = -12.00, but the full discount is -10.00: 2.00 of discount invented.");
    }

    @Test
    void zeroAndNegativeQuantitiesFollowTheSameRule() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/6", "S1/8");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).contains("S1/8").doesNotContain("S1/6");
    }

    @Test
    void aChargeLargerThanAnyResidueOnADiscountedLineIsSuspect() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-CHARGE-SUSPECT")).containsExactly("S1/5");
        assertThat(audit.one("OLN-CHARGE-SUSPECT", "S1/5").message())
                .isEqualTo("Line S1/5 has a sales charge of 1.00 on a discounted line; rounding leaves at most 0.02 for quantity 3.");
        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/5");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).contains("S1/11");
    }

    @Test
    void aRealChargeOnALineWithoutDiscountIsNotRounding() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/9");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).doesNotContain("S1/9");
        assertThat(audit.keys("OLN-CHARGE-SUSPECT")).doesNotContain("S1/9");
    }

    @Test
    void withoutAFullDiscountTheRuleCannotBeJudged() {
        AuditFixture audit = run();

        assertThat(audit.keys("OLN-ROUNDING")).doesNotContain("S1/10");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).doesNotContain("S1/10");
    }

    @Test
    void theFullDiscountComesFromThePairedPreLineWhenPostHasNone() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID\nS1\n")
                .pre("Order Products.csv", "Order ID (Order),Line Number,Quantity,Manual Discount\nS1,1,3,10.00\nS1,2,3,10.00\n")
                .post("Order.csv", ORDERS)
                .post("CDS sales order lines.csv", """
                        SALESORDERNUMBER,LINECREATIONSEQUENCENUMBER,ORDEREDSALESQUANTITY,LINEDISCOUNTAMOUNT,FIXEDPRICECHARGES
                        S1,1,3,3.33,0.01
                        S1,2,3,3.33,0
                        """).run();

        assertThat(audit.keys("OLN-ROUNDING")).containsExactly("S1/2");
        assertThat(audit.one("OLN-ROUNDING", "S1/2").values().get("full_discount").pre()).isEqualTo("10");
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).containsExactly("S1/1");
    }

    private AuditFixture run() {
        return new AuditFixture(dir).post("Order.csv", ORDERS).post("Order Products.csv", LINES).run();
    }
}
