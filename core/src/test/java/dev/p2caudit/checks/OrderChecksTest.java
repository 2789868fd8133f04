package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderChecksTest {

    @TempDir
    Path dir;

    private static final String POST = """
            Order ID,Sales Order Number,Company,Customer,Invoice Customer,Ship To Country/Region,Requested Receipt Date,Requested Delivery Date,Language,Order Type,Status,Freight Terms,Delivery Terms
            C100,C100,USMF,A-1,A-1,US,2021-03-01,,en-us,Item based,Active,,
            C101,,USMF,A-1,A-1,DE,2021-03-01,,en-us,Item based,Active,FOB,EXW
            C102,C999,,A-1,,FR,,2021-04-02,de,Work based,Active,fob,
            C103,C103,USMF,A-1,A-2,United States,,,english,Item based,Canceled,,
            C104,C104,USMF,A-1,A-1,Narnia,2021-03-01,,,Item based,Invoiced,,
            C105,C105,USMF,A-1,A-1,,2021-03-01,,en-gb,,Active,,
            """;

    @Test
    void bootstrapColumnsOfOrders() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", POST).run();

        assertThat(audit.keys("ORD-COMPANY")).containsExactly("C999");
        assertThat(audit.keys("ORD-NUMBER")).containsExactlyInAnyOrder("C101", "C999");
        assertThat(audit.one("ORD-NUMBER", "C999").message()).isEqualTo("Order C999 has Sales Order Number C999, not its Order ID C102.");
        assertThat(audit.keys("ORD-INVCUST")).containsExactlyInAnyOrder("C999", "C103");
        assertThat(audit.keys("ORD-TYPE")).containsExactlyInAnyOrder("C999", "C105");
        assertThat(audit.one("ORD-TYPE", "C999").values().get("order_type").post()).isEqualTo("Work based");
        assertThat(audit.keys("ORD-LANGUAGE")).containsExactlyInAnyOrder("C103", "C104");
    }

    @Test
    void receiptDateProposesTheFallback() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", POST).run();

        assertThat(audit.keys("ORD-RECEIPT-DATE")).containsExactlyInAnyOrder("C999", "C103");
        assertThat(audit.one("ORD-RECEIPT-DATE", "C999").message())
                .isEqualTo("Order C999 has no Requested Receipt Date; use 2021-04-02 (requested delivery date).");
        assertThat(audit.one("ORD-RECEIPT-DATE", "C103").message()).endsWith("no fallback date either, set one by hand.");
    }

    @Test
    void countryEmptyUnknownOrInTheMinorityConvention() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", POST).run();

        assertThat(audit.keys("ORD-COUNTRY")).containsExactlyInAnyOrder("C103", "C104", "C105");
        assertThat(audit.one("ORD-COUNTRY", "C103").message()).contains("'United States' is written as a name");
        assertThat(audit.one("ORD-COUNTRY", "C104").message()).contains("'Narnia' is neither");
    }

    @Test
    void valueMapOncePerColumnAndValueAndMissingColumnsAreGaps() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", POST).run();

        assertThat(audit.keys("ORD-VALUEMAP")).containsExactlyInAnyOrder("freight_terms=FOB", "delivery_terms=EXW");
        assertThat(audit.one("ORD-VALUEMAP", "freight_terms=FOB").values().get("orders").post()).isEqualTo("2");
        assertThat(audit.keys("SCHEMA-MISSING")).contains("order.shipping_method", "order.delivery_mode");
    }

    @Test
    void statusNeitherActiveNorInvoicedOrNotInvoicedDespiteAnInvoice() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", POST)
                .post("Invoice.csv", "Invoice ID,Order,Total Amount\nI-1,C100,10\nI-2,C104,10\n").run();

        assertThat(audit.keys("ORD-STATUS")).containsExactlyInAnyOrder("C100", "C103");
        assertThat(audit.one("ORD-STATUS", "C100").message()).isEqualTo("Order C100 has a synced invoice but its status is Active, not Invoiced.");
    }

    @Test
    void numbersTwiceWithinASnapshotAndAcrossSnapshots() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "salesorderid,ordernumber\ng1,S1\ng2,S2\ng3,S3\n")
                .post("Order.csv", """
                        salesorderid,msdyn_salesordernumber,msdyn_company
                        g1,S1,USMF
                        g2,S2,USMF
                        g3,S3,USMF
                        g9,S2,DEMF
                        g7,F7,USMF
                        g8,F7,USMF
                        """).run();

        assertThat(audit.keys("ORD-NUMBER-DUP", Snapshot.POST)).containsExactlyInAnyOrder("F7", "S2");
        assertThat(audit.one("ORD-NUMBER-DUP", "S2").message()).contains("is the Order ID of a different pre-migration order");
    }

    @Test
    void salesAndScmNumbersSharingAPrefix() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order.csv", "Order ID\nSO-100\nSO-99\nC-5\n")
                .post("Order.csv", "Order ID,Sales Order Number\nSO-100,SO-100\nSO-99,SO-99\nC-5,C-5\n,SO-1\n,SO-2\n,F-7\n").run();

        assertThat(audit.keys("ORD-NUMSEQ")).containsExactly("SO-");
        assertThat(audit.one("ORD-NUMSEQ", "SO-").message())
                .isEqualTo("Order numbers with prefix 'SO-' come from Sales (99–100 (2)) and from SCM (1–2 (2)); the ranges will meet as both sequences grow.");
    }
}
