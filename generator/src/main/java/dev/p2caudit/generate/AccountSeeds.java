package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.ACCOUNT;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import java.util.Locale;

/** Seeds on accounts: bootstrap gaps, classification, duplicates, reconciliation. */
final class AccountSeeds {

    private AccountSeeds() {
    }

    static void register(World w) {
        SeedPlan p = w.plan;
        Sizes z = w.sizes;
        bootstrap(p, w);
        duplicates(p, w, z);
        specials(p, w);
        p.on("account-deleted", ACCOUNT, z.accounts() - 1).in(POST)
                .because("prospect deleted in Sales between the two exports")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
    }

    private static void bootstrap(SeedPlan p, World w) {
        p.on("account-prospect-with-sales", ACCOUNT, 7).in(PRE, POST)
                .because("still a Prospect although it is the customer of quotes, orders and invoices")
                .expect("ACC-PROSPECT-ACTIVE", PRE, POST).change(r -> r.set("relationship_type", 8));
        p.on("account-no-company", ACCOUNT, 11).in(POST).because("the bootstrap left Company empty")
                .expect("ACC-COMPANY", POST).change(r -> r.set("company", null));
        p.on("account-no-customer-group", ACCOUNT, 12).in(POST).because("the bootstrap left Customer Group Id empty")
                .expect("ACC-CUSTGROUP", POST).change(r -> r.set("customer_group", null));
        p.on("account-no-party", ACCOUNT, 13).in(POST).because("the bootstrap left Party Number empty")
                .expect("ACC-PARTY", POST).change(r -> r.set("party_number", null));
        p.on("account-other-party", ACCOUNT, 14).in(POST)
                .because("Party Number typed by hand, different from the Account Number")
                .expect("ACC-PARTY", POST).change(r -> r.set("party_number", "PTY-" + CountryNames.pad(r.ordinal, 6)));
        p.on("account-no-dimensions", ACCOUNT, 16).in(POST)
                .because("customer without financial dimensions (they do not sync; set them in F&O)")
                .expect("ACC-FINDIM", POST).change(r -> r.set("financial_dimensions", null));
        p.on("account-email-corrected", ACCOUNT, 17).in(POST).because("e-mail address corrected after the pre export")
                .expect("REC-CHANGED", POST)
                .change(r -> r.set("email", "accounts@" + PartyRows.company(r.ordinal).domain()));
        p.on("account-name-recased", ACCOUNT, 18).in(POST)
                .because("name retyped in capitals with a trailing space: equal once trimmed and case-folded")
                .mustNotTrigger("REC-CHANGED", POST)
                .change(r -> r.set("name", r.text("name").toUpperCase(Locale.ROOT) + " "));
    }

    private static void duplicates(SeedPlan p, World w, Sizes z) {
        int idle = z.activeCustomers();
        int other = z.firstNonCustomer();
        p.on("account-same-name", ACCOUNT, other + 5).in(PRE, POST)
                .because("a second account with the name of an idle customer, typed in capitals")
                .expect("DUP-ACC-NAME", PRE, POST)
                .change(r -> r.set("name", w.account(r.snapshot, idle + 1).text("name").toUpperCase(Locale.ROOT)));
        p.on("account-same-email", ACCOUNT, other + 6).in(PRE, POST)
                .because("the e-mail address of an idle customer, in other letter case")
                .expect("DUP-ACC-EMAIL", PRE, POST)
                .change(r -> r.set("email", w.account(r.snapshot, idle + 2).text("email").toUpperCase(Locale.ROOT)));
        p.on("account-same-phone", ACCOUNT, other + 7).in(PRE, POST)
                .because("the phone number of an idle customer, written differently (same digits)")
                .expect("DUP-ACC-PHONE", PRE, POST)
                .change(r -> r.set("phone", regroup(w.account(r.snapshot, idle + 3).text("phone"))));
        p.on("account-same-website", ACCOUNT, other + 8).in(PRE, POST)
                .because("the website of an idle customer with another scheme, www. and trailing slash; after the "
                        + "migration the two are customers of two companies, so two records, not duplicates")
                .expect("DUP-ACC-WEBSITE", PRE).mustNotTrigger("DUP-ACC-WEBSITE", POST)
                .change(r -> r.set("website", otherForm(PartyRows.company(idle + 4).domain(),
                        w.account(r.snapshot, idle + 4).text("website"))));
        p.on("account-long-legal-form", ACCOUNT, other + 1).in(PRE, POST)
                .because("'Contoso Limited' in Seattle is Contoso Ltd under its long legal form")
                .expect("DUP-ACC-FUZZY", PRE, POST).mustNotTrigger("DUP-ACC-NAME", PRE, POST)
                .change(r -> r.set("name", "Contoso Limited").set("city", PartyRows.company(0).city())
                        .set("email", "hello@contoso-limited.com").set("website", "contoso-limited.com"));
        p.on("account-without-accent", ACCOUNT, other + 2).in(PRE, POST)
                .because("'Akesson Bygg AB' is Åkesson Bygg AB typed without the ring, same city")
                .expect("DUP-ACC-FUZZY", PRE, POST)
                .change(r -> r.set("name", "Akesson Bygg AB").set("city", PartyRows.company(55).city())
                        .set("country", CountryNames.englishName(PartyRows.company(55).country()))
                        .set("email", "order@akesson-bygg.com").set("website", "akesson-bygg.com"));
        p.on("account-punctuated", ACCOUNT, other).in(PRE, POST)
                .because("'Trey Research, Inc.' in Raleigh is Trey Research with punctuation and a legal suffix")
                .expect("DUP-ACC-FUZZY", PRE, POST)
                .change(r -> r.set("name", "Trey Research, Inc.").set("city", PartyRows.company(13).city())
                        .set("country", CountryNames.englishName(PartyRows.company(13).country()))
                        .set("email", "contact@trey-research.com").set("website", "https://trey-research.com"));
        p.nearMiss("DUP-ACC-FUZZY", ACCOUNT, 0, 60, "'Contoso Pharmaceuticals' (Paris) shares only a word with "
                + "'Contoso Ltd' (Seattle): other city, country, phone and e-mail domain");
        p.nearMiss("DUP-ACC-NAME", ACCOUNT, 0, other + 1, "'Contoso Ltd' and 'Contoso Limited' differ as text");
        p.nearMiss("DUP-ACC-WEBSITE", ACCOUNT, 0, 60, "contoso.com and contosopharma.fr are different sites");
        p.nearMiss("DUP-ACC-EMAIL", ACCOUNT, 0, 60, "info@contoso.com and info@contosopharma.fr: same mailbox, "
                + "other domain");
    }

    private static void specials(SeedPlan p, World w) {
        p.add("account-number-reused", ACCOUNT, ordinal -> s -> numberClash(w, s, ordinal)).in(POST)
                .because("customer created in SCM after go-live with the account number of an account that had "
                        + "not synced; dual-write created it in Sales in the same company")
                .expect("ACC-NUMBER-DUP", POST).expect("REC-EXTRA", POST);
        p.add("account-created-by-sync", ACCOUNT, ordinal -> s -> syncCopy(w, s, ordinal)).in(POST)
                .because("the initial sync created a second Fourth Coffee from SCM customer US-0042: same name "
                        + "and website as the Sales account")
                .expect("DUP-ACC-NAME", POST).expect("DUP-ACC-WEBSITE", POST).expect("REC-EXTRA", POST);
    }

    private static Row numberClash(World w, Snapshot s, long ordinal) {
        Row model = w.account(s, 15);
        Row r = new Row(ACCOUNT, s, ordinal);
        String number = model.text("account_number");
        r.set("id", Rng.guid(w.seed, 101, ordinal)).set("name", "Lamna Healthcare Company")
                .set("account_number", number).set("relationship_type", OptionSet.CUSTOMER)
                .set("email", "info@lamnahealthcare.com").set("phone", CountryNames.phone("US", 8_000_001))
                .set("website", "https://www.lamnahealthcare.com/").set("city", "Spokane")
                .set("country", CountryNames.englishName("US")).set("currency", "USD").set("status", 0)
                .set("company", model.text("company")).set("customer_group", "10").set("party_number", number)
                .set("financial_dimensions", "001-022-310");
        r.extra("modified_on", World.POST_EXPORT.minusDays(2));
        return r;
    }

    private static Row syncCopy(World w, Snapshot s, long ordinal) {
        Row original = w.account(s, 20);
        Row r = new Row(ACCOUNT, s, ordinal);
        r.set("id", Rng.guid(w.seed, 102, ordinal)).set("name", original.text("name")).set("account_number", "US-0042")
                .set("relationship_type", OptionSet.CUSTOMER).set("email", "ar@" + PartyRows.company(20).domain())
                .set("phone", CountryNames.phone("US", 8_000_002))
                .set("website", otherForm(PartyRows.company(20).domain(), original.text("website")))
                .set("city", original.text("city")).set("country", original.text("country")).set("currency", "USD")
                .set("status", 0).set("company", "USMF").set("customer_group", "10").set("party_number", "US-0042")
                .set("financial_dimensions", "001-021-220");
        r.extra("modified_on", World.POST_EXPORT.minusDays(9));
        return r;
    }

    /** The same digits grouped another way: {@code +33 1 100 0088} becomes {@code (+33) 1100-0088}. */
    static String regroup(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return "(+" + digits.substring(0, 2) + ") " + digits.substring(2, digits.length() - 4) + "-"
                + digits.substring(digits.length() - 4);
    }

    /** Another way of writing the same site. */
    static String otherForm(String domain, String current) {
        String form = "https://www." + domain + "/";
        return form.equalsIgnoreCase(current) ? domain : form;
    }
}
