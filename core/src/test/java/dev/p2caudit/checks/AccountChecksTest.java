package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountChecksTest {

    @TempDir
    Path dir;

    private static final String ACCOUNTS = """
            Account Number,Account Name,Company,Relationship Type,Customer Group Id,Party Number
            A-OK,Good,USMF,Customer,10,A-OK
            A-NOCOMPANY,No company,,Customer,10,A-NOCOMPANY
            A-NOGROUP,No group,USMF,Customer,,A-NOGROUP
            A-PARTY,Wrong party,USMF,Customer,10,P-999
            A-NOPARTY,No party,USMF,Customer,10,
            A-DUP,First,USMF,Customer,10,A-DUP
            a-dup ,Second,usmf,Customer,10,A-DUP
            A-DUP,Other company,DEMF,Customer,10,A-DUP
            A-PROSPECT,Prospect with order,USMF,Prospect,10,A-PROSPECT
            A-LEAD,Prospect without activity,USMF,Prospect,10,A-LEAD
            A-NOTYPE,No type with quote,USMF,,10,A-NOTYPE
            """;
    private static final String ORDERS = """
            Order ID,Sales Order Number,Customer,Company
            O-1,O-1,A-OK,USMF
            O-2,O-2,Prospect with order,USMF
            """;
    private static final String QUOTES = """
            Quote ID,Quotation Number,Customer,Company
            Q-1,Q-1,A-NOTYPE,USMF
            """;

    @Test
    void bootstrapColumnsOfAccounts() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).post("Order.csv", ORDERS)
                .post("Quote.csv", QUOTES).run();

        assertThat(audit.keys("ACC-COMPANY")).containsExactly("A-NOCOMPANY");
        assertThat(audit.keys("ACC-CUSTGROUP")).containsExactly("A-NOGROUP");
        assertThat(audit.keys("ACC-PARTY")).containsExactlyInAnyOrder("A-PARTY", "A-NOPARTY");
        assertThat(audit.one("ACC-PARTY", "A-PARTY").values().get("party_number").post()).isEqualTo("P-999");
    }

    @Test
    void anAccountNumberTwiceInOneCompanyButNotAcrossCompanies() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).run();

        assertThat(audit.keys("ACC-NUMBER-DUP")).containsExactly("A-DUP");
        assertThat(audit.one("ACC-NUMBER-DUP", "A-DUP").message())
                .isEqualTo("Account number A-DUP is used by 2 records of company USMF; F&O keys them by number per company.");
    }

    @Test
    void relationshipTypeAgainstSalesActivityByNumberOrName() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).post("Order.csv", ORDERS)
                .post("Quote.csv", QUOTES).run();

        assertThat(audit.keys("ACC-PROSPECT-ACTIVE")).containsExactlyInAnyOrder("A-PROSPECT", "A-NOTYPE");
        assertThat(audit.keys("ACC-NOT-CUSTOMER")).containsExactly("A-LEAD");
        assertThat(audit.keys("ACC-CUSTOMER-IDLE"))
                .containsExactlyInAnyOrder("A-NOCOMPANY", "A-NOGROUP", "A-PARTY", "A-NOPARTY", "A-DUP", "a-dup", "A-DUP")
                .doesNotContain("A-OK");
    }

    @Test
    void withoutQuotesOrdersOrInvoicesActivityIsNotJudged() {
        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS).run();

        assertThat(audit.keys("ACC-PROSPECT-ACTIVE")).isEmpty();
        assertThat(audit.keys("ACC-NOT-CUSTOMER")).isEmpty();
        assertThat(audit.keys("ACC-CUSTOMER-IDLE")).isEmpty();
    }

    @Test
    void expectedCompaniesRestrictTheCompany() throws Exception {
        Path profile = dir.resolve("profile.json");
        java.nio.file.Files.writeString(profile, "{\"parameters\": {\"expectedCompanies\": [\"USMF\"]}}");

        AuditFixture audit = new AuditFixture(dir).post("Account.csv", ACCOUNTS)
                .profile(AuditProfile.read(profile, Catalogue.standard())).run();

        assertThat(audit.keys("ACC-COMPANY")).containsExactlyInAnyOrder("A-NOCOMPANY", "A-DUP");
    }

    @Test
    void financialDimensionsOnlyWhenExportedAndOnlyForCustomers() {
        AuditFixture without = new AuditFixture(dir.resolve("a")).post("Account.csv", ACCOUNTS).run();
        AuditFixture with = new AuditFixture(dir.resolve("b")).post("Account.csv", """
                Account Number,Relationship Type,Default Dimension
                A-1,Customer,
                A-2,Customer,D1-US
                A-3,Prospect,
                """).run();

        assertThat(without.keys("ACC-FINDIM")).isEmpty();
        assertThat(without.keys("SCHEMA-MISSING")).doesNotContain("account.financial_dimensions");
        assertThat(with.keys("ACC-FINDIM")).containsExactly("A-1");
    }

    @Test
    void theForecastRunsOnPreOnlyWhereThePreExportHasTheColumn() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Account.csv", "Account Number,Account Name,Relationship Type\nA-1,One,Customer\n")
                .post("Account.csv", "Account Number,Account Name,Company\nA-1,One,\n").run();

        assertThat(audit.keys("ACC-COMPANY", Snapshot.POST)).containsExactly("A-1");
        assertThat(audit.keys("ACC-COMPANY", Snapshot.PRE)).isEmpty();
        assertThat(audit.keys("SCHEMA-MISSING")).contains("account.customer_group").doesNotContain("account.company");
    }
}
