package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggested survivor of a duplicate group, by each tie-breaker in turn. */
class DuplicateSurvivorTest {

    @TempDir
    Path dir;

    private static final String HEADER = "Account Number,Account Name,Email,Main Phone,Address 1: City\n";

    @Test
    void theMostCompleteRecord() {
        Finding group = nameGroup(new AuditFixture(dir).post("Account.csv", HEADER + """
                ACC-01001-AAAAAA,Contoso,,,Seattle
                ACC-01002-BBBBBB,Contoso,info@contoso.com,+1 425 555 0100,Seattle
                """).run());

        assertThat(group.values().get("survivor").post()).isEqualTo("ACC-01002-BBBBBB");
        assertThat(group.values().get("survivor_reason").post()).isEqualTo("the most complete (5 of 5 columns filled)");
    }

    @Test
    void onATieTheRecordMostQuotesOrdersAndInvoicesName() {
        Finding group = nameGroup(new AuditFixture(dir).post("Account.csv", HEADER + """
                ACC-01001-AAAAAA,Contoso,,,Seattle
                ACC-01002-BBBBBB,Contoso,,,Seattle
                """)
                .post("Order.csv", "Order ID,Customer\nO-1,ACC-01002-BBBBBB\nO-2,acc-01002-bbbbbb\nO-3,ACC-01001-AAAAAA\n")
                .post("Invoice.csv", "Invoice ID,Customer\nI-1,ACC-01002-BBBBBB\n").run());

        assertThat(group.values().get("survivor").post()).isEqualTo("ACC-01002-BBBBBB");
        assertThat(group.values().get("survivor_reason").post()).isEqualTo("tied on completeness (3 of 5 columns); the"
                + " most named by quotes, orders and invoices (3)");
    }

    @Test
    void thenTheOldestByP2cSequenceNumber() {
        Finding group = nameGroup(new AuditFixture(dir).post("Account.csv", HEADER + """
                ACC-01009-AAAAAA,Contoso,,,Seattle
                US-0042,Contoso,,,Seattle
                ACC-01002-BBBBBB,Contoso,,,Seattle
                """).run());

        assertThat(group.values().get("survivor").post()).isEqualTo("ACC-01002-BBBBBB");
        assertThat(group.values().get("survivor_reason").post()).isEqualTo("tied on completeness (3 of 5 columns) and"
                + " references (0); the oldest: lowest P2C sequence number (1002)");
    }

    @Test
    void thenTheFirstRowOfTheExport() {
        Finding group = nameGroup(new AuditFixture(dir).post("Account.csv", HEADER + """
                US-0042,Contoso,,,Seattle
                DE-0007,Contoso,,,Seattle
                """).run());

        assertThat(group.values().get("survivor").post()).isEqualTo("US-0042");
        assertThat(group.values().get("survivor_reason").post()).isEqualTo("tied on completeness (3 of 5 columns) and"
                + " references (0); the oldest: first in the export (line 2)");
    }

    @Test
    void lastlyTheFirstKey() {
        Survivor.Choice choice = Survivor.choose(java.util.List.of(new Survivor.Member("B-1", 3, 0, 1, 2),
                new Survivor.Member("A-1", 3, 0, 1, 2)), 5);

        assertThat(choice.member().key()).isEqualTo("A-1");
        assertThat(choice.reason()).endsWith("; first by key");
    }

    private static Finding nameGroup(AuditFixture audit) {
        assertThat(audit.keys("DUP-ACC-NAME")).hasSize(1);
        return audit.findings.stream().filter(f -> f.rule().equals("DUP-ACC-NAME")).findFirst().orElseThrow();
    }
}
