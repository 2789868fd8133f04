package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.TableKind.INVOICE;
import static dev.p2caudit.model.TableKind.ORDER;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The order checks without a quote namesake: ORD-NUMSEQ, ORD-COUNTRY, ORD-VALUEMAP, ORD-STATUS. */
final class OrderOnlyChecks {

    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)(\\d+)$");
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final Set<String> ENGLISH_NAMES = englishNames();

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Pairing pairing;
    private final Scope scope;
    private final Findings findings;

    OrderOnlyChecks(Loaded loaded, RecordKeys keys, Pairing pairing, Scope scope, Findings findings) {
        this.loaded = loaded;
        this.keys = keys;
        this.pairing = pairing;
        this.scope = scope;
        this.findings = findings;
    }

    void run(Snapshot s) {
        if (scope.runs("ORD-NUMSEQ", s)) {
            numberSequences();
        }
        if (scope.runs("ORD-COUNTRY", s)) {
            countries(s);
        }
        for (String column : Rules.VALUE_MAP_COLUMNS) {
            if (scope.runs("ORD-VALUEMAP", ORDER, false, List.of(column), s)) {
                valueMap(s, column);
            }
        }
        if (scope.runs("ORD-STATUS", s)) {
            status(s);
        }
    }

    /** Sales-created (paired) and SCM-created (unpaired) numbers sharing a prefix. */
    private void numberSequences() {
        Map<String, long[]> sales = new TreeMap<>();
        Map<String, long[]> scm = new TreeMap<>();
        Map<String, List<Row>> scmOrders = new TreeMap<>();
        for (Row r : loaded.rows(POST, ORDER)) {
            String number = r.text("sales_order_number");
            Matcher m = number == null ? null : TRAILING_DIGITS.matcher(number.trim());
            if (m == null || !m.matches()) {
                continue;
            }
            String prefix = m.group(1).isEmpty() ? "(none)" : m.group(1);
            long value = new BigInteger(m.group(2)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            boolean fromSales = pairing.partner(r) != null;
            long[] range = (fromSales ? sales : scm).computeIfAbsent(prefix,
                    p -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            if (!fromSales) {
                scmOrders.computeIfAbsent(prefix, p -> new ArrayList<>()).add(r);
            }
            range[0] = Math.min(range[0], value);
            range[1] = Math.max(range[1], value);
        }
        Set<String> prefixes = new HashSet<>(sales.keySet());
        prefixes.addAll(scm.keySet());
        for (String prefix : new TreeSet<>(prefixes)) {
            long[] a = sales.get(prefix);
            long[] b = scm.get(prefix);
            if (a != null && b != null) {
                boolean overlap = a[0] <= b[1] && b[0] <= a[1];
                findings.add("ORD-NUMSEQ", POST, ORDER, prefix, "Sales-created " + a[0] + "-" + a[1]
                        + ", SCM-created " + b[0] + "-" + b[1] + (overlap ? ": they already overlap" : ""),
                        scmOrders.get(prefix).toArray(Row[]::new));
            } else {
                findings.looked("ORD-NUMSEQ", POST, ORDER, prefix);
            }
        }
    }

    /** Empty, unrecognised, or in the convention (ISO code or English name) fewer orders use. */
    private void countries(Snapshot s) {
        int codes = 0;
        int names = 0;
        for (Row r : loaded.rows(s, ORDER)) {
            String kind = convention(r.text("ship_to_country"));
            codes += kind.equals("code") ? 1 : 0;
            names += kind.equals("name") ? 1 : 0;
        }
        String minority = codes < names ? "code" : names < codes ? "name" : "";
        for (Row r : loaded.rows(s, ORDER)) {
            String country = r.text("ship_to_country");
            String kind = convention(country);
            boolean fails = kind.equals("empty") || kind.equals("unrecognised") || kind.equals(minority);
            String why = "Ship To Country/Region " + Compare.show(country) + ": " + (kind.equals(minority)
                    ? "an ISO code where " + names + " orders use names" : kind);
            record("ORD-COUNTRY", s, r, fails, why);
        }
    }

    private static String convention(String country) {
        if (RecordKeys.blank(country)) {
            return "empty";
        }
        String trimmed = country.trim();
        if (ISO_CODES.contains(trimmed.toUpperCase(Locale.ROOT))) {
            return "code";
        }
        return ENGLISH_NAMES.contains(trimmed.toLowerCase(Locale.ROOT)) ? "name" : "unrecognised";
    }

    private void valueMap(Snapshot s, String column) {
        Map<String, List<Row>> orders = new TreeMap<>();
        for (Row r : loaded.rows(s, ORDER)) {
            String value = r.text(column);
            if (!RecordKeys.blank(value)) {
                orders.computeIfAbsent(value.trim(), v -> new ArrayList<>()).add(r);
            }
        }
        orders.forEach((value, rows) -> findings.add("ORD-VALUEMAP", s, ORDER, column + "=" + value,
                rows.size() + " order(s) with " + column + " '" + value + "': needs an organisation-specific value map",
                rows.toArray(Row[]::new)));
        for (Snapshot other : Snapshot.values()) {
            for (Row r : loaded.rows(other, ORDER)) {
                String value = r.text(column);
                if (!RecordKeys.blank(value) && !orders.containsKey(value.trim())) {
                    findings.looked("ORD-VALUEMAP", s, ORDER, column + "=" + value.trim());
                }
            }
        }
    }

    /** Invoiced but not Invoiced, or neither Active nor Invoiced. */
    private void status(Snapshot s) {
        Set<Row> invoiced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Row invoice : loaded.rows(s, INVOICE)) {
            invoiced.addAll(keys.resolve(s, ORDER, invoice.text("order_ref")));
        }
        for (Row r : loaded.rows(s, ORDER)) {
            Integer state = (Integer) r.get("status");
            String label = state == null ? "(empty)" : OptionSet.ORDER_STATE.labelOf(state).orElse(state.toString());
            boolean invoicedButNot = invoiced.contains(r) && !Integer.valueOf(4).equals(state);
            boolean odd = state == null || (state != 0 && state != 4);
            record("ORD-STATUS", s, r, invoicedButNot || odd, invoicedButNot
                    ? "an invoice references the order, but its status is " + label
                    : "status " + label + ", neither Active nor Invoiced");
        }
    }

    private void record(String rule, Snapshot s, Row r, boolean fails, String reason) {
        if (fails) {
            findings.add(rule, s, ORDER, keys.key(r), reason, r);
        } else {
            findings.looked(rule, s, ORDER, keys.key(r), r);
        }
    }

    private static Set<String> englishNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
