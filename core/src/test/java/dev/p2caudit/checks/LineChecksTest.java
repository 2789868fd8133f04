package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChecksTest {

    @TempDir
    Path dir;

    private static final String ORDERS = """
            salesorderid,name,msdyn_salesordernumber,msdyn_company,msdyn_defaultshippingsite,msdyn_defaultshippingwarehouse
            g1,First order,S1,USMF,SITE1,
            g2,Second order,S2,USMF,,
            """;
    /** Lines name their order by GUID, by name or by number; the key always shows the order's number. */
    private static final String LINES = """
            salesorderid,sequencenumber,productid,productdescription,quantity,msdyn_company,msdyn_shippingsite,msdyn_shippingwarehouse
            g1,1,P-1,,2,USMF,,W1
            First order,2,P-1,,1,USMF,,
            S2,1,P-2,,1,USMF,SITE2,W2
            S2,2,,Custom widget,1,,,
            g404,1,P-1,,1,USMF,S,W
            S1,3,P-NOPE,,-1,USMF,S,W
            """;
    private static final String PRODUCTS = "productnumber,name\nP-1,Widget\nP-2,Gadget\n";

    @Test
    void lineChecksWithKeysThroughTheOrder() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", ORDERS).post("Order Products.csv", LINES)
                .post("Product.csv", PRODUCTS).run();

        assertThat(audit.keys("OLN-COMPANY")).containsExactly("S2/2");
        assertThat(audit.keys("OLN-SITE")).containsExactly("S2/2");
        assertThat(audit.keys("OLN-WAREHOUSE")).containsExactlyInAnyOrder("S1/2", "S2/2");
        assertThat(audit.keys("OLN-ORPHAN")).containsExactly("g404/1");
        assertThat(audit.one("OLN-ORPHAN", "g404/1").message()).isEqualTo("Line g404/1 belongs to order product g404, which is not in the export."
                .replace("order product", "order"));
        assertThat(audit.keys("OLN-WRITEIN")).containsExactly("S2/2");
        assertThat(audit.keys("OLN-RETURN")).containsExactly("S1/3");
        assertThat(audit.keys("OLN-PRODUCT")).containsExactly("S1/3");
    }

    @Test
    void productsAreOnlyCheckedWhenTheProductTableWasLoaded() {
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", ORDERS).post("Order Products.csv", LINES).run();

        assertThat(audit.keys("OLN-PRODUCT")).isEmpty();
    }

    @Test
    void thePreForecastOfLineChecks() {
        AuditFixture audit = new AuditFixture(dir).pre("Order.csv", ORDERS).pre("Order Products.csv", LINES).run();

        // In pre an order's key is its Order ID, else its GUID: this export has no Order ID.
        assertThat(audit.keys("OLN-ORPHAN", Snapshot.PRE)).containsExactly("g404/1");
        assertThat(audit.keys("OLN-RETURN", Snapshot.PRE)).containsExactly("g1/3");
    }
}
