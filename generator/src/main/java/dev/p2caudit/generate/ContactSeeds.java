package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.CONTACT;

import dev.p2caudit.model.Snapshot;
import java.util.Locale;

/** Seeds on contacts: the P2C contact number, Sellable, duplicates, reconciliation. */
final class ContactSeeds {

    private ContactSeeds() {
    }

    static void register(World w) {
        SeedPlan p = w.plan;
        sellable(p, w.sizes);
        numbers(p);
        duplicates(p, w);
        p.add("contact-created-by-sync", CONTACT, ordinal -> s -> syncedContactPerson(w, s, ordinal)).in(POST)
                .because("the initial sync created a contact for an SCM contact person that already existed in "
                        + "Sales: same name and e-mail address, SCM's contact person id as number")
                .expect("DUP-CON-EMAIL", POST).expect("DUP-CON-NAME", POST).expect("REC-EXTRA", POST)
                .expect("CON-NUMBER-FORMAT", POST);
        p.on("contact-married", CONTACT, 41).in(POST).because("last name changed after the pre export")
                .expect("REC-CHANGED", POST)
                .change(r -> r.set("last_name", r.text("last_name") + "-Smith")
                        .set("full_name", r.text("first_name") + " " + r.text("last_name")));
        p.on("contact-deleted", CONTACT, w.sizes.contacts() - 1).in(POST)
                .because("contact deleted in Sales between the two exports")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
    }

    private static void sellable(SeedPlan p, Sizes z) {
        p.on("contact-no-company", CONTACT, 21).in(POST).because("the bootstrap left Company empty")
                .expect("CON-COMPANY", POST).change(r -> r.set("company", null));
        p.on("contact-active-not-sellable", CONTACT, 22).in(POST)
                .because("Is Active Customer was Yes before the uninstall, but Sellable is No")
                .expect("CON-SELLABLE", POST).change(r -> r.set("sellable", false));
        p.on("contact-active-no-group", CONTACT, 23).in(POST)
                .because("Is Active Customer was Yes before the uninstall, but Customer Group Id is empty")
                .expect("CON-SELLABLE", POST).change(r -> r.set("customer_group", null));
        p.on("contact-inactive-no-contact-for", CONTACT, z.firstNonCustomer() + 3).in(POST)
                .because("Is Active Customer was No before the uninstall, but Contact For is empty")
                .expect("CON-SELLABLE", POST).change(r -> r.set("contact_for", null));
        p.on("contact-unknown-activity", CONTACT, 42).in(PRE).because("Is Active Customer empty before the uninstall")
                .change(r -> r.set("is_active_customer", null));
        p.on("contact-unknown-activity-post", CONTACT, 42).in(POST)
                .because("neither Sellable pattern holds, but Is Active Customer was unknown: the check is skipped")
                .mustNotTrigger("CON-SELLABLE", POST)
                .change(r -> r.set("sellable", false).set("contact_for", null));
    }

    private static void numbers(SeedPlan p) {
        p.on("contact-number-not-carried", CONTACT, 24).in(POST)
                .because("the bootstrap did not copy msdynce_contactnumber to msdyn_contactnumber")
                .expect("CON-NUMBER", POST).expect("CON-NUMBER-FORMAT", POST)
                .change(r -> r.set("contact_number", null));
        p.on("contact-party-differs", CONTACT, 25).in(POST).because("Party Number differs from the Contact Number")
                .expect("CON-NUMBER", POST).change(r -> r.set("party_number", "PTY-" + CountryNames.pad(r.ordinal, 6)));
        p.on("contact-person-id-differs", CONTACT, 26).in(POST)
                .because("Account Number/Contact Person ID differs from the Contact Number")
                .expect("CON-NUMBER", POST).change(r -> r.set("contact_person_id", "C" + CountryNames.pad(r.ordinal, 6)));
        p.on("contact-number-malformed", CONTACT, 27).in(PRE, POST)
                .because("P2C number with four digits instead of five, carried over faithfully")
                .expect("CON-NUMBER-FORMAT", PRE, POST).mustNotTrigger("CON-NUMBER", POST)
                .change(r -> setNumber(r, "CON-" + CountryNames.pad(r.ordinal + 1000, 4) + "-QWERTY"));
        p.on("contact-without-p2c-number", CONTACT, 28).in(PRE).because("contact created without a P2C number")
                .expect("CON-NUMBER-FORMAT", PRE).change(r -> r.set("p2c_contact_number", null));
        p.on("contact-new-number", CONTACT, 28).in(POST)
                .because("numbered by the new scheme after the migration, not the P2C pattern")
                .expect("CON-NUMBER-FORMAT", POST).mustNotTrigger("CON-NUMBER", POST)
                .change(r -> setNumber(r, "C-" + CountryNames.pad(r.ordinal, 6)));
    }

    private static void setNumber(Row r, String number) {
        if (r.snapshot == PRE) {
            r.set("p2c_contact_number", number);
        } else {
            r.set("contact_number", number).set("party_number", number).set("contact_person_id", number);
        }
    }

    private static void duplicates(SeedPlan p, World w) {
        p.on("contact-same-email", CONTACT, 30).in(PRE, POST)
                .because("the e-mail address of another contact, in capitals")
                .expect("DUP-CON-EMAIL", PRE, POST)
                .change(r -> r.set("email", w.contact(r.snapshot, 29).text("email").toUpperCase(Locale.ROOT)));
        p.on("contact-same-name", CONTACT, 32).in(PRE, POST)
                .because("the first and last name of another contact (at another account)")
                .expect("DUP-CON-NAME", PRE, POST).change(r -> copyName(r, w.contact(r.snapshot, 31)));
        p.on("contact-same-phone", CONTACT, 34).in(PRE, POST).because("the business phone of another contact")
                .expect("DUP-CON-PHONE", PRE, POST)
                .change(r -> r.set("business_phone", w.contact(r.snapshot, 33).text("business_phone")));
        p.on("contact-accented", CONTACT, 35).in(PRE, POST).because("José García, with accents")
                .change(r -> rename(r, "José", "García", "jose.garcia@" + PartyRows.company(35).domain()));
        p.on("contact-unaccented", CONTACT, 36).in(PRE, POST)
                .because("Jose Garcia without accents at the same account as José García: the same person")
                .expect("DUP-CON-FUZZY", PRE, POST).mustNotTrigger("DUP-CON-NAME", PRE, POST)
                .change(r -> rename(r, "Jose", "Garcia", "j.garcia@" + PartyRows.company(35).domain())
                        .set("parent_account", w.contact(r.snapshot, 35).text("parent_account")));
        p.on("contact-maria", CONTACT, 37).in(PRE, POST).because("Maria Lopez")
                .change(r -> rename(r, "Maria", "Lopez", "maria.lopez@" + PartyRows.company(37).domain()));
        p.on("contact-mario", CONTACT, 38).in(PRE, POST).because("Mario Lopes, at another account")
                .change(r -> rename(r, "Mario", "Lopes", "mario.lopes@" + PartyRows.company(38).domain()));
        p.nearMiss("DUP-CON-FUZZY", CONTACT, 37, 38, "Maria Lopez and Mario Lopes look alike but work for different "
                + "accounts, with different e-mail domains and phones");
        p.nearMiss("DUP-CON-NAME", CONTACT, 35, 36, "José García and Jose Garcia differ as text (accents)");
        p.nearMiss("DUP-CON-EMAIL", CONTACT, 35, 36, "jose.garcia@ and j.garcia@ at the same domain are different "
                + "addresses");
    }

    private static Row rename(Row r, String first, String last, String email) {
        return r.set("first_name", first).set("last_name", last).set("full_name", first + " " + last)
                .set("email", email);
    }

    private static void copyName(Row r, Row other) {
        r.set("first_name", other.text("first_name")).set("last_name", other.text("last_name"))
                .set("full_name", other.text("full_name"));
    }

    private static Row syncedContactPerson(World w, Snapshot s, long ordinal) {
        Row twin = w.contact(s, 40);
        Row r = new Row(CONTACT, s, ordinal);
        String number = "000123";
        r.set("id", Rng.guid(w.seed, 103, ordinal)).set("first_name", twin.text("first_name"))
                .set("last_name", twin.text("last_name")).set("full_name", twin.text("full_name"))
                .set("email", twin.text("email")).set("business_phone", CountryNames.phone("US", 8_500_001))
                .set("parent_account", twin.text("parent_account")).set("status", 0)
                .set("company", twin.text("company")).set("sellable", true).set("contact_for", "Customer")
                .set("customer_group", "10").set("contact_number", number).set("party_number", number)
                .set("contact_person_id", number);
        r.extra("job_title", "Purchasing Manager");
        return r;
    }
}
