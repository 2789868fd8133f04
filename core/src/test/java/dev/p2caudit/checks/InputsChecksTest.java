package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsChecksTest {

    @TempDir
    Path dir;

    @Test
    void aMissingColumnIsReportedOnceNotOnEveryRecord() {
        StringBuilder orders = new StringBuilder("Sales Order Number,Order ID\n");
        for (int i = 0; i < 50; i++) {
            orders.append("S").append(i).append(",S").append(i).append('\n');
        }
        AuditFixture audit = new AuditFixture(dir).post("Order.csv", orders.toString()).run();

        assertThat(audit.keys("ORD-COMPANY")).isEmpty();
        assertThat(audit.keys("SCHEMA-MISSING")).containsOnlyOnce("order.company");
        Finding company = audit.one("SCHEMA-MISSING", "order.company");
        assertThat(company.message()).isEqualTo("The post-migration order export has no company column, so ORD-COMPANY,"
                + " ORD-NUMBER-DUP did not run on it.");
        assertThat(company.table().id()).isEqualTo("order");
    }

    @Test
    void everyRejectedRowIsAFindingNamingFileLineAndReason() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Order Products.csv", "Order ID (Order),Line Number,Quantity\nS1,1,2\nS1,2,two\nS1,3,1\n").run();

        assertThat(audit.keys("INPUT-REJECTED")).containsExactly("Order Products.csv:3");
        Finding rejected = audit.one("INPUT-REJECTED", "Order Products.csv:3");
        assertThat(rejected.snapshot()).isEqualTo(Snapshot.PRE);
        assertThat(rejected.message()).isEqualTo("Line 3 of Order Products.csv was not loaded: column 3 (Quantity):"
                + " 'two' is not a number (decimal separator '.').");
        assertThat(rejected.values().get("value").pre()).isEqualTo("two");
    }
}
