package dev.p2caudit.generate;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sales orders and quotes with their lines, which share their shape. Before the migration they
 * carry the P2C columns; after it the bootstrap's (company, sales order number, invoice customer,
 * requested receipt date, language, order type, sites) and SCM's split of each full line discount
 * into a per-unit discount and a rounding residue in sales charges.
 */
final class DocumentRows {

    /** What differs between orders and quotes. */
    record Kind(TableKind header, TableKind line, String idColumn, String numberColumn, String refColumn,
                String prefix, int stream, int customerStep) {

        static final Kind ORDER = new Kind(TableKind.ORDER, TableKind.ORDER_LINE, "order_id", "sales_order_number",
                "order_ref", "ORD-", 4, 1);
        static final Kind QUOTE = new Kind(TableKind.QUOTE, TableKind.QUOTE_LINE, "quote_id", "quotation_number",
                "quote_ref", "QUO-", 6, 3);
    }

    /** A line before any seed and snapshot: the part an invoice line copies. */
    record BaseLine(long product, BigDecimal quantity, BigDecimal price, BigDecimal fullDiscount) {

        BigDecimal extended() {
            return quantity.multiply(price).subtract(fullDiscount);
        }
    }

    private static final String[] ORDER_NAMES = {"Spring restock", "Showroom refit", "Trade show kit",
        "Replacement parts", "Store opening", "Warranty swap", "Annual service", "Office upgrade",
        "Conference rooms", "Summer promotion", "Pilot installation", "Framework call-off"};
    private static final Map<String, String> REASON_CODES = Map.of(
            "New", "1", "Submitted", "3", "Canceled", "4", "Fulfilled", "100001", "Invoiced", "100003");
    private static final long[] DISCOUNT_CENTS = {500, 1000, 1250, 2000, 2500, 5000, 750, 1500};

    private final World world;
    private final Kind kind;

    DocumentRows(World world, Kind kind) {
        this.world = world;
        this.kind = kind;
    }

    int count() {
        return kind == Kind.ORDER ? world.sizes.orders() : world.sizes.quotes();
    }

    String number(long index) {
        return kind.prefix() + CountryNames.pad(1000 + index, 5);
    }

    int customerOf(long index) {
        return (int) (index * kind.customerStep() % world.sizes.activeCustomers());
    }

    boolean invoiced(long index) {
        return kind == Kind.ORDER && index < world.sizes.invoices();
    }

    int lineCount(long index) {
        Integer fixed = world.plan.lineCount(kind.header(), index);
        return fixed != null ? fixed : 1 + Rng.of(world.seed, kind.stream() + 20, index).nextInt(7);
    }

    LocalDateTime submitted(long index) {
        return World.day(2020, 1, 6).plusDays(index * 11 % 400).plusMinutes(480 + index * 7 % 540);
    }

    LocalDateTime requestedDelivery(long index) {
        return submitted(index).toLocalDate().plusDays(14).atStartOfDay();
    }

    LocalDateTime fulfilled(long index) {
        return invoiced(index) ? submitted(index).toLocalDate().plusDays(10).atStartOfDay() : null;
    }

    /** The business key of a header in a snapshot: the SCM number after, the Sales ID before. */
    String key(Row header) {
        String number = header.snapshot == Snapshot.POST ? header.text(kind.numberColumn()) : null;
        return number != null ? number : header.text(kind.idColumn());
    }

    Row header(Snapshot s, long index) {
        int account = customerOf(index);
        Names.Company c = PartyRows.company(account);
        String customer = world.account(s, account).text("name");
        BigDecimal freight = index % 4 == 1 ? Money.cents(2500) : Money.ZERO;
        Row r = new Row(kind.header(), s, index);
        r.set("id", Rng.guid(world.seed, kind.stream(), index)).set(kind.idColumn(), number(index))
                .set("name", ORDER_NAMES[(int) (index % ORDER_NAMES.length)]).set("customer", customer)
                .set("ship_to_country", CountryNames.englishName(c.country()))
                .set("requested_delivery_date", requestedDelivery(index))
                .set("currency", CountryNames.currency(c.country()))
                .set("total_amount", linesTotal(index).add(freight)).set("discount_amount", Money.ZERO)
                .set("freight_amount", freight).set("freight_terms", freightTerms(index))
                .set("shipping_method", shippingMethod(index));
        states(r, index);
        if (s == Snapshot.PRE) {
            r.set("item_based", true);
        } else {
            bootstrap(r, index, c.country(), customer);
        }
        r.extra("owner", index % 3 == 0 ? "Alex Wilber" : index % 3 == 1 ? "Megan Bowen" : "Lidia Holloway");
        r.extra("modified_on", world.modifiedOn(s, Rng.of(world.seed, kind.stream() + 40, index)));
        return r;
    }

    private void states(Row r, long index) {
        if (kind == Kind.ORDER) {
            r.set("date_submitted", submitted(index)).set("date_fulfilled", fulfilled(index));
            orderState(r, invoiced(index) ? 4 : 0);
            return;
        }
        int state = index % 5 == 0 ? 2 : index % 5 == 1 ? 0 : 1;
        r.set("status", state).set("status_reason", state == 2 ? "Won" : state == 0 ? "In Progress" : "Open");
    }

    private void bootstrap(Row r, long index, String country, String customer) {
        String company = CountryNames.company(country);
        boolean usmf = company.equals("USMF");
        r.set(kind.numberColumn(), number(index)).set("company", company).set("invoice_customer", customer)
                .set("requested_receipt_date", requestedDelivery(index)).set("language", usmf ? "en-us" : "de")
                .set("order_type", OptionSet.ITEM_BASED).set("site", usmf ? "1" : "2")
                .set("warehouse", usmf ? "11" : "21")
                .set("processing_status", processingStatus(invoiced(index) ? "Invoiced" : "Active"))
                .set("delivery_terms", index % 15 == 4 ? "EXW" : null)
                .set("delivery_mode", index % 16 == 6 ? "Truck" : null);
    }

    /**
     * Sets an order's state and the status reason that goes with it: the label in Sales' Excel
     * export (pre), the code in the logical-name export (post).
     */
    static void orderState(Row r, int state) {
        String reason = switch (state) {
            case 4 -> "Invoiced";
            case 3 -> "Fulfilled";
            case 2 -> "Canceled";
            case 1 -> "Submitted";
            default -> "New";
        };
        r.set("status", state).set("status_reason", r.snapshot == Snapshot.POST ? REASON_CODES.get(reason) : reason);
    }

    /** The processing status as the post export writes it: the option code of msdyn_processingstatus. */
    private String processingStatus(String label) {
        if (kind == Kind.QUOTE) {
            return label.equals("Active") ? "Created" : "Confirmed";
        }
        return label.equals("Invoiced") ? "192350005" : "192350000";
    }

    private static String freightTerms(long index) {
        return index % 10 == 3 ? "FOB" : index % 10 == 7 ? "No Charge" : null;
    }

    private static String shippingMethod(long index) {
        return index % 12 == 5 ? "DHL" : index % 12 == 9 ? "UPS" : null;
    }

    List<BaseLine> baseLines(long index) {
        int count = lineCount(index);
        List<BaseLine> lines = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            lines.add(baseLine(index, n));
        }
        return lines;
    }

    BaseLine baseLine(long index, int n) {
        SplittableRandom rng = Rng.of(world.seed, kind.stream() + 1, index * SeedPlan.LINE_FACTOR + n);
        long product = (index * 7 + n * 13L) % (world.sizes.products() - 1);
        BigDecimal quantity = BigDecimal.valueOf(1 + rng.nextInt(12));
        BigDecimal price = world.products.price(product);
        BigDecimal discount = Money.ZERO;
        if (rng.nextInt(100) < 10) {
            BigDecimal candidate = Money.cents(DISCOUNT_CENTS[rng.nextInt(DISCOUNT_CENTS.length)]);
            discount = candidate.compareTo(quantity.multiply(price)) < 0 ? candidate : Money.ZERO;
        }
        return new BaseLine(product, quantity, price, discount);
    }

    private BigDecimal linesTotal(long index) {
        BigDecimal total = Money.ZERO;
        for (BaseLine line : baseLines(index)) {
            total = total.add(line.extended());
        }
        return total;
    }

    Row line(Snapshot s, Row header, int n) {
        long index = header.ordinal;
        BaseLine base = baseLine(index, n);
        Names.Company c = PartyRows.company(customerOf(index));
        Row r = new Row(kind.line(), s, index * SeedPlan.LINE_FACTOR + n);
        r.set("id", Rng.guid(world.seed, kind.stream() + 1, r.ordinal)).set(kind.refColumn(), key(header))
                .set("line_number", (long) n).set("product", ProductRows.number(base.product()))
                .set("quantity", base.quantity()).set("price_per_unit", base.price())
                .set("full_discount", base.fullDiscount()).set("extended_amount", base.extended());
        if (s == Snapshot.POST) {
            BigDecimal[] split = Money.split(base.fullDiscount(), base.quantity());
            boolean usmf = CountryNames.company(c.country()).equals("USMF");
            r.set("line_discount", split[0]).set("sales_charge", split[1]).set("site", usmf ? "1" : "2")
                    .set("warehouse", usmf ? "11" : "21").set("company", CountryNames.company(c.country()));
        }
        r.extra("header_customer", header.text("customer"));
        r.extra("header_name", header.text("name"));
        r.extra("unit", world.products.unit(base.product()));
        r.extra("currency", CountryNames.currency(c.country()));
        r.extra("description", ProductRows.name(base.product()));
        return r;
    }
}
