package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteAndInvoiceChecksTest {

    @TempDir
    Path dir;

    @Test
    void quoteChecksMirrorTheOrderChecks() {
        AuditFixture audit = new AuditFixture(dir).post("Quote.csv", """
                Quote ID,Quotation Number,Company,Customer,Invoice Customer,Requested Receipt Date,Language,Order Type
                Q1,Q1,USMF,A-1,A-1,2021-01-01,en-us,Item based
                Q2,QX,,A-1,,,xx-yy,Work based
                Q3,Q1,USMF,A-1,A-1,2021-01-01,en-us,Item based
                """).post("Quote Products.csv", """
                Quote ID (Quote),Line Number,Quantity,Manual Discount,Line Discount Amount,Sales Charges,Company,Site,Warehouse,Write-In Product
                Q1,1,3,10,3.33,0.01,USMF,S,W,
                Q1,2,3,10,3.33,0,,,,Gizmo
                Q404,1,1,0,0,0,USMF,S,W,
                """).run();

        assertThat(audit.keys("QUO-COMPANY")).containsExactly("QX");
        assertThat(audit.keys("QUO-NUMBER")).containsExactlyInAnyOrder("QX", "Q1");
        assertThat(audit.keys("QUO-NUMBER-DUP")).containsExactly("Q1");
        assertThat(audit.keys("QUO-INVCUST")).containsExactly("QX");
        assertThat(audit.keys("QUO-RECEIPT-DATE")).containsExactly("QX");
        assertThat(audit.keys("QUO-LANGUAGE")).containsExactly("QX");
        assertThat(audit.keys("QUO-TYPE")).containsExactly("QX");
        assertThat(audit.keys("QLN-COMPANY")).containsExactly("Q1/2");
        assertThat(audit.keys("QLN-SITE")).containsExactly("Q1/2");
        assertThat(audit.keys("QLN-WAREHOUSE")).containsExactly("Q1/2");
        assertThat(audit.keys("QLN-ROUNDING")).containsExactly("Q1/2");
        assertThat(audit.keys("QLN-ROUNDING-DELTA")).containsExactly("Q1/1");
        assertThat(audit.keys("QLN-ORPHAN")).containsExactly("Q404/1");
        assertThat(audit.keys("QLN-WRITEIN")).containsExactly("Q1/2");
    }

    @Test
    void freeTextInvoicesCreditNotesAndOrphanInvoiceLines() {
        AuditFixture audit = new AuditFixture(dir)
                .post("Invoice.csv", "Invoice ID,Order,Total Amount\nI1,S1,100\nI2,,50\nI3,S2,-20\n")
                .post("Invoice Products.csv", "Invoice ID (Invoice),Existing Product,Quantity\nI1,P1,1\nI9,P1,1\n").run();

        assertThat(audit.keys("INV-FREETEXT")).containsExactly("I2");
        assertThat(audit.keys("INV-CREDIT")).containsExactly("I3");
        assertThat(audit.keys("ILN-ORPHAN")).containsExactly("I9/P1");
    }
}
