package dev.p2caudit.generate;

import static dev.p2caudit.model.TableKind.ACCOUNT;
import static dev.p2caudit.model.TableKind.CONTACT;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Accounts and contacts before any seed: P2C numbering ({@code ACC-01000-BVRCPS}), curated
 * names, and on post the columns the bootstrap fills (company, customer group, party number,
 * contact number, sellable…), filled correctly.
 */
final class PartyRows {

    /** Relationship types of the non-customer accounts, in turn. */
    private static final int[] OTHER_TYPES = {8, 5, 1, 11, 8, 10, 8, 9, 2, 12};
    private static final String[] MAILBOXES = {"info", "sales", "contact", "hello"};
    private static final String[] JOB_TITLES = {"Purchasing Manager", "Head of Sales; EMEA", "CFO",
        "Office Manager", "Owner", "Buyer, Spare Parts", "Project Lead", "Accounts Payable"};
    private static final long LETTERS6 = 308_915_776L; // 26^6

    private final World world;

    PartyRows(World world) {
        this.world = world;
    }

    // ---- facts that do not depend on seeds ------------------------------------------------

    static Names.Company company(long i) {
        Names.Company base = Names.COMPANIES.get((int) (i % Names.COMPANIES.size()));
        long round = i / Names.COMPANIES.size();
        if (round == 0) {
            return base;
        }
        String domain = base.domain().replaceFirst("\\.", (round + 1) + ".");
        return new Names.Company(base.name() + " " + (round + 1), domain, base.country(), base.city());
    }

    String accountNumber(long i) {
        return "ACC-" + CountryNames.pad(1000 + i % 99_000, 5) + "-" + letters(i, 7_919, world.seed);
    }

    String p2cContactNumber(long j) {
        return "CON-" + CountryNames.pad(1000 + j % 99_000, 5) + "-" + letters(j, 104_729, world.seed >>> 7);
    }

    static String firstName(long j) {
        return Names.FIRST_NAMES.get((int) (j % Names.FIRST_NAMES.size()));
    }

    static String lastName(long j) {
        return Names.LAST_NAMES.get((int) (j % Names.LAST_NAMES.size()));
    }

    int parentOf(long contact) {
        return (int) (contact % world.sizes.accounts());
    }

    boolean customer(long account) {
        return account < world.sizes.firstNonCustomer();
    }

    // ---- rows ------------------------------------------------------------------------------

    Row account(Snapshot s, long i) {
        Names.Company c = company(i);
        SplittableRandom rng = Rng.of(world.seed, 1, i);
        Row r = new Row(ACCOUNT, s, i);
        String number = accountNumber(i);
        r.set("id", Rng.guid(world.seed, 1, i)).set("name", c.name()).set("account_number", number)
                .set("relationship_type", customer(i) ? OptionSet.CUSTOMER
                        : OTHER_TYPES[(int) ((i - world.sizes.firstNonCustomer()) % OTHER_TYPES.length)])
                .set("email", MAILBOXES[(int) (i % 4)] + "@" + c.domain())
                .set("phone", CountryNames.phone(c.country(), i))
                .set("website", website(c.domain(), i))
                .set("city", c.city()).set("country", CountryNames.englishName(c.country()))
                .set("currency", CountryNames.currency(c.country())).set("status", 0);
        if (s == Snapshot.POST) {
            r.set("company", CountryNames.company(c.country())).set("customer_group", "10").set("party_number", number)
                    .set("financial_dimensions", customer(i) ? dimensions(rng) : null);
        }
        r.extra("created_on", World.day(2017, 1, 1).plusDays(rng.nextInt(1_200)).plusMinutes(480 + rng.nextInt(600)));
        r.extra("modified_on", world.modifiedOn(s, rng));
        r.extra("primary_contact", firstName(i) + " " + lastName(i));
        return r;
    }

    Row contact(Snapshot s, long j) {
        int parent = parentOf(j);
        Names.Company c = company(parent);
        Row account = world.account(s, parent);
        boolean activeCustomer = Integer.valueOf(OptionSet.CUSTOMER)
                .equals(world.account(Snapshot.PRE, parent).get("relationship_type"));
        String first = firstName(j);
        String last = lastName(j);
        String number = p2cContactNumber(j);
        SplittableRandom rng = Rng.of(world.seed, 2, j);
        Row r = new Row(CONTACT, s, j);
        r.set("id", Rng.guid(world.seed, 2, j)).set("first_name", first).set("last_name", last)
                .set("full_name", first + " " + last).set("email", mailbox(first, last) + "@" + c.domain())
                .set("business_phone", CountryNames.phone(c.country(), 5_000_000 + j))
                .set("parent_account", account.text("name")).set("status", 0);
        if (s == Snapshot.PRE) {
            r.set("is_active_customer", activeCustomer).set("p2c_contact_number", number);
        } else {
            r.set("company", CountryNames.company(c.country())).set("sellable", activeCustomer)
                    .set("contact_for", "Customer").set("customer_group", activeCustomer ? "10" : null)
                    .set("contact_number", number).set("party_number", number).set("contact_person_id", number);
        }
        r.extra("job_title", JOB_TITLES[rng.nextInt(JOB_TITLES.length)]);
        r.extra("modified_on", world.modifiedOn(s, rng));
        return r;
    }

    /** {@code first.last}, accents and punctuation removed, as mail systems make addresses. */
    static String mailbox(String first, String last) {
        return ascii(first) + "." + ascii(last);
    }

    static String ascii(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace("ø", "o").replaceAll("[^a-z0-9]", "");
    }

    private static String website(String domain, long i) {
        return switch ((int) (i % 4)) {
            case 0 -> "https://www." + domain + "/";
            case 1 -> "http://www." + domain;
            case 2 -> "www." + domain;
            default -> "https://" + domain;
        };
    }

    private static String dimensions(SplittableRandom rng) {
        return "001-" + CountryNames.pad(20 + rng.nextInt(5), 3) + "-" + CountryNames.pad(100 + rng.nextInt(900), 3);
    }

    /** Six capital letters, a bijection of {@code n} below 26^6, so numbers never collide. */
    private static String letters(long n, long multiplier, long seed) {
        long x = Math.floorMod(n * multiplier + (seed & 0xFFFFFFL), LETTERS6);
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = (char) ('A' + x % 26);
            x /= 26;
        }
        return new String(out);
    }
}
