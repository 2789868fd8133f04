package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactChecksTest {

    @TempDir
    Path dir;

    /** Pre: P2C columns. Paired with post by record id (the GUID survives the migration). */
    private static final String PRE = """
            contactid,fullname,msdynce_contactnumber,msdynce_isactivecustomer
            g1,Ann Active,CON-01001-AAAAAA,Yes
            g2,Bob Broken,CON-01002-BBBBBB,Yes
            g3,Cy Inactive,CON-01003-CCCCCC,No
            g4,Di Wrong,CON-01004-DDDDDD,No
            g5,Ed Nogroup,CON-01005-EEEEEE,Yes
            g6,Fay Lost,CON-01006-FFFFFF,No
            """;
    private static final String POST = """
            contactid,fullname,msdyn_company,msdyn_sellable,msdyn_customergroupid,msdyn_contactfor,msdyn_contactnumber,msdyn_partynumber,msdyn_contactpersonid
            g1,Ann Active,USMF,Yes,10,,CON-01001-AAAAAA,CON-01001-AAAAAA,CON-01001-AAAAAA
            g2,Bob Broken,USMF,No,10,,CON-01002-BBBBBB,CON-01002-BBBBBB,CON-01002-BBBBBB
            g3,Cy Inactive,USMF,No,,Customer,CON-01003-CCCCCC,CON-01003-CCCCCC,CON-01003-CCCCCC
            g4,Di Wrong,,No,,Vendor,CON-01004-DDDDDD,CON-01004-DDDDDD,X-1
            g5,Ed Nogroup,USMF,Yes,,,CON-01005-EEEEEE,,CON-01005-EEEEEE
            g6,Fay Lost,USMF,No,,Customer,,,
            """;

    @Test
    void sellableFollowsIsActiveCustomerReadFromThePairedPreContact() {
        AuditFixture audit = new AuditFixture(dir).pre("Contact.csv", PRE).post("Contact.csv", POST).run();

        assertThat(audit.keys("CON-SELLABLE")).containsExactlyInAnyOrder("CON-01002-BBBBBB", "CON-01004-DDDDDD",
                "CON-01005-EEEEEE");
        assertThat(audit.one("CON-SELLABLE", "CON-01002-BBBBBB").message())
                .isEqualTo("Contact CON-01002-BBBBBB had Is Active Customer = Yes, but Sellable is 'No', not Yes.");
        assertThat(audit.one("CON-SELLABLE", "CON-01004-DDDDDD").message()).contains("Contact For is 'Vendor', not Customer");
        assertThat(audit.one("CON-SELLABLE", "CON-01005-EEEEEE").values().get("is_active_customer").pre()).isEqualTo("Yes");
    }

    @Test
    void contactNumberCarriedAndCopiedToPartyAndContactPerson() {
        AuditFixture audit = new AuditFixture(dir).pre("Contact.csv", PRE).post("Contact.csv", POST).run();

        assertThat(audit.keys("CON-NUMBER")).containsExactlyInAnyOrder("CON-01004-DDDDDD", "CON-01005-EEEEEE", "g6");
        assertThat(audit.one("CON-NUMBER", "g6").message())
                .isEqualTo("Contact g6: Contact Number is empty, the P2C number was CON-01006-FFFFFF.");
        assertThat(audit.one("CON-NUMBER", "CON-01004-DDDDDD").message()).contains("Account Number/Contact Person ID is 'X-1'");
    }

    @Test
    void contactNumberFormatOnPostAndAsAForecastOnPre() {
        AuditFixture audit = new AuditFixture(dir)
                .pre("Contact.csv", "contactid,msdynce_contactnumber\nh1,CON-01001-AAAAAA\nh2,CON-1-x\n")
                .post("Contact.csv", "contactid,msdyn_contactnumber\nh1,CON-01001-AAAAAA\nh2,\n").run();

        assertThat(audit.keys("CON-NUMBER-FORMAT", Snapshot.PRE)).containsExactly("CON-1-x");
        assertThat(audit.keys("CON-NUMBER-FORMAT", Snapshot.POST)).containsExactly("h2");
    }

    @Test
    void contactWithoutCompany() {
        AuditFixture audit = new AuditFixture(dir).post("Contact.csv", POST).run();

        assertThat(audit.keys("CON-COMPANY")).containsExactly("CON-01004-DDDDDD");
    }
}
