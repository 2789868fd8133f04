package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;

import dev.p2caudit.model.Languages;
import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ORD- checks on orders and their QUO- namesakes on quotes. */
final class DocumentChecks {

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Pairing pairing;
    private final Scope scope;
    private final Findings findings;

    DocumentChecks(Loaded loaded, RecordKeys keys, Pairing pairing, Scope scope, Findings findings) {
        this.loaded = loaded;
        this.keys = keys;
        this.pairing = pairing;
        this.scope = scope;
        this.findings = findings;
    }

    void run(DocumentRows.Kind kind, Snapshot s) {
        String p = kind == DocumentRows.Kind.ORDER ? "ORD" : "QUO";
        TableKind table = kind.header();
        for (Row r : loaded.rows(s, table)) {
            check(p + "-COMPANY", s, r, RecordKeys.blank(r.text("company")), "Company empty");
            if (s == POST) {
                number(p + "-NUMBER", kind, r);
            }
            check(p + "-INVCUST", s, r, RecordKeys.blank(r.text("invoice_customer"))
                            || !RecordKeys.sameText(r.text("invoice_customer"), r.text("customer")),
                    "Invoice Customer " + Compare.show(r.text("invoice_customer")) + ", Customer "
                            + Compare.show(r.text("customer")));
            check(p + "-RECEIPT-DATE", s, r, r.get("requested_receipt_date") == null,
                    "Requested Receipt Date empty; fallback: " + fallback(r));
            String language = r.text("language");
            check(p + "-LANGUAGE", s, r, language == null || !Languages.isKnownTag(language),
                    "Language " + Compare.show(language) + " is not a known language tag");
            check(p + "-TYPE", s, r, !Integer.valueOf(OptionSet.ITEM_BASED).equals(r.get("order_type")),
                    "Order Type " + typeLabel(r) + ", not Item based");
        }
        numberDuplicates(p + "-NUMBER-DUP", kind, s);
        if (kind == DocumentRows.Kind.ORDER) {
            new OrderOnlyChecks(loaded, keys, pairing, scope, findings).run(s);
        }
    }

    private void number(String rule, DocumentRows.Kind kind, Row r) {
        String number = r.text(kind.numberColumn());
        String salesId = r.text(kind.idColumn());
        Row pre = pairing.partner(r);
        if (salesId == null && pre != null) {
            salesId = pre.text(kind.idColumn());
        }
        check(rule, POST, r, RecordKeys.blank(number) || !RecordKeys.sameText(number, salesId),
                kind.numberColumn() + " " + Compare.show(number) + ", " + kind.idColumn() + " "
                        + Compare.show(salesId));
    }

    /** The same number twice in one company; on post also a number that is an unpaired pre record's ID. */
    private void numberDuplicates(String rule, DocumentRows.Kind kind, Snapshot s) {
        if (!scope.runs(rule, s)) {
            return;
        }
        String column = s == POST ? kind.numberColumn() : kind.idColumn();
        Map<String, List<Row>> byNumber = new LinkedHashMap<>();
        for (Row r : loaded.rows(s, kind.header())) {
            if (!RecordKeys.blank(r.text(column))) {
                byNumber.computeIfAbsent(RecordKeys.norm(r.text("company")) + "|" + RecordKeys.norm(r.text(column)),
                        k -> new ArrayList<>()).add(r);
            }
        }
        byNumber.values().forEach(rows -> {
            String number = rows.get(0).text(column);
            if (rows.size() > 1) {
                findings.add(rule, s, kind.header(), number, rows.size() + " records of company "
                        + Compare.show(rows.get(0).text("company")) + " share the number", rows.toArray(Row[]::new));
            } else {
                findings.looked(rule, s, kind.header(), number, rows.get(0));
            }
        });
        if (s == POST) {
            numbersTakenFromPre(rule, kind, column);
        }
    }

    private void numbersTakenFromPre(String rule, DocumentRows.Kind kind, String column) {
        Map<String, List<Row>> preIds = new LinkedHashMap<>();
        for (Row pre : loaded.rows(PRE, kind.header())) {
            preIds.computeIfAbsent(RecordKeys.norm(pre.text(kind.idColumn())), k -> new ArrayList<>()).add(pre);
        }
        for (Row r : loaded.rows(POST, kind.header())) {
            String number = r.text(column);
            Row partner = pairing.partner(r);
            // In file order (each pre row is listed once), so the manifest reads the same every run.
            List<Row> others = preIds.getOrDefault(RecordKeys.norm(number), List.of()).stream()
                    .filter(pre -> pre != partner).toList();
            if (!RecordKeys.blank(number) && !others.isEmpty()) {
                List<Row> sources = new ArrayList<>();
                sources.add(r);
                sources.addAll(others);
                findings.add(rule, POST, kind.header(), number, "the number is the " + kind.idColumn()
                        + " of another pre record", sources.toArray(Row[]::new));
            }
        }
    }

    private static String fallback(Row r) {
        for (String column : new String[] {"requested_delivery_date", "date_fulfilled", "date_submitted"}) {
            if (r.get(column) != null) {
                return column + " " + r.get(column);
            }
        }
        return "none";
    }

    private static String typeLabel(Row r) {
        Integer code = (Integer) r.get("order_type");
        return code == null ? "(empty)" : OptionSet.ORDER_TYPE.labelOf(code).orElse(code.toString());
    }

    private void check(String rule, Snapshot s, Row r, boolean fails, String reason) {
        if (!scope.runs(rule, s)) {
            return;
        }
        if (fails) {
            findings.add(rule, s, r.table, keys.key(r), reason, r);
        } else {
            findings.looked(rule, s, r.table, keys.key(r), r);
        }
    }
}
