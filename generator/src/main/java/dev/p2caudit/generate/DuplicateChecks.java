package dev.p2caudit.generate;

import static dev.p2caudit.model.TableKind.ACCOUNT;
import static dev.p2caudit.model.TableKind.CONTACT;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DUP- checks, on pre and on post: one finding per group, keyed by the members' keys sorted
 * and joined with {@code +}. Exact rules compare normalised values, blanks ignored. The fuzzy
 * rules expected here are the deterministic part of RULES.md: names equal once case, accents,
 * punctuation and legal suffixes are folded away, with the same city (accounts) or parent
 * account (contacts), for records the exact rules did not already group. An engine's similarity
 * threshold may find more; the clean list names near misses it must not group.
 */
final class DuplicateChecks {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "ltd", "llc", "gmbh", "ab", "oy", "limited",
            "corp", "corporation", "co", "company", "sa", "sarl", "ag", "kg", "bv", "nv", "plc", "aps", "lda", "sl",
            "srl", "spa", "ehf", "as");

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Findings findings;
    private final SeedPlan plan;

    DuplicateChecks(Loaded loaded, RecordKeys keys, Findings findings, SeedPlan plan) {
        this.loaded = loaded;
        this.keys = keys;
        this.findings = findings;
        this.plan = plan;
    }

    void run(Snapshot s) {
        List<Row> accounts = loaded.rows(s, ACCOUNT);
        List<Row> contacts = loaded.rows(s, CONTACT);
        nearMisses(s);
        Set<String> grouped = new HashSet<>();
        exact("DUP-ACC-NAME", s, ACCOUNT, accounts, r -> RecordKeys.norm(r.text("name")), grouped);
        exact("DUP-ACC-EMAIL", s, ACCOUNT, accounts, r -> RecordKeys.norm(r.text("email")), grouped);
        exact("DUP-ACC-PHONE", s, ACCOUNT, accounts, r -> digits(r.text("phone")), grouped);
        exact("DUP-ACC-WEBSITE", s, ACCOUNT, accounts, r -> website(r.text("website")), grouped);
        exact("DUP-CON-EMAIL", s, CONTACT, contacts, r -> RecordKeys.norm(r.text("email")), grouped);
        exact("DUP-CON-NAME", s, CONTACT, contacts, DuplicateChecks::fullName, grouped);
        exact("DUP-CON-PHONE", s, CONTACT, contacts, r -> RecordKeys.norm(r.text("business_phone")), grouped);
        fuzzy("DUP-ACC-FUZZY", s, ACCOUNT, accounts, r -> fold(r.text("name")) + "|" + RecordKeys.norm(r.text("city")),
                grouped);
        fuzzy("DUP-CON-FUZZY", s, CONTACT, contacts, r -> fold(r.text("first_name") + " " + r.text("last_name"))
                + "|" + RecordKeys.norm(r.text("parent_account")), grouped);
    }

    private void exact(String rule, Snapshot s, TableKind table, List<Row> rows, Function<Row, String> value,
                       Set<String> grouped) {
        lookedAtFirstTwo(rule, s, table, rows);
        groups(rows, perCompany(s, table, value)).forEach((normalized, members) -> {
            String key = groupKey(members);
            findings.add(rule, s, table, key, "same normalised value '" + value.apply(members.get(0)) + "'",
                    members.toArray(Row[]::new));
            pairs(members).forEach(grouped::add);
        });
    }

    private void fuzzy(String rule, Snapshot s, TableKind table, List<Row> rows, Function<Row, String> value,
                       Set<String> grouped) {
        lookedAtFirstTwo(rule, s, table, rows);
        groups(rows, perCompany(s, table, value)).forEach((normalized, members) -> {
            boolean missedByExactRules = pairs(members).stream().anyMatch(pair -> !grouped.contains(pair));
            if (missedByExactRules) {
                String[] parts = value.apply(members.get(0)).split("\\|", 2);
                String same = table == ACCOUNT ? "city" : "parent account";
                findings.add(rule, s, table, groupKey(members), "names equal once case, accents, punctuation and legal "
                        + "suffixes are folded ('" + parts[0] + "'), same " + same + " ('" + parts[1] + "')",
                        members.toArray(Row[]::new));
            }
        });
    }

    /** Records of two companies are two records: the groups are per company where the table has one. */
    private Function<Row, String> perCompany(Snapshot s, TableKind table, Function<Row, String> value) {
        if (!loaded.has(s, table, "company")) {
            return value;
        }
        return r -> {
            String v = value.apply(r);
            return v.isEmpty() || v.startsWith("|") ? v : RecordKeys.norm(r.text("company")) + "\u001e" + v;
        };
    }

    /** Two ordinary records: a clean candidate when they are not grouped. */
    private void lookedAtFirstTwo(String rule, Snapshot s, TableKind table, List<Row> rows) {
        if (rows.size() >= 2) {
            findings.looked(rule, s, table, groupKey(rows.subList(0, 2)), rows.get(0), rows.get(1));
        }
    }

    private static Map<String, List<Row>> groups(List<Row> rows, Function<Row, String> value) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            String v = value.apply(row);
            if (!v.isEmpty() && !v.startsWith("|")) {
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(row);
            }
        }
        groups.values().removeIf(members -> members.size() < 2);
        return groups;
    }

    private String groupKey(List<Row> members) {
        return members.stream().map(keys::key).sorted().collect(Collectors.joining("+"));
    }

    /** The pairs of a group, by record, for "the exact rules already grouped these two". */
    private static List<String> pairs(List<Row> members) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                long a = members.get(i).ordinal;
                long b = members.get(j).ordinal;
                pairs.add(members.get(i).table + ":" + Math.min(a, b) + ":" + Math.max(a, b));
            }
        }
        return pairs;
    }

    /** The declared near misses present in this snapshot become clean candidates. */
    private void nearMisses(Snapshot s) {
        for (SeedPlan.NearMiss miss : plan.nearMisses()) {
            Row first = find(s, miss.table(), miss.first());
            Row second = find(s, miss.table(), miss.second());
            if (first != null && second != null) {
                findings.looked(miss.rule(), s, miss.table(), groupKey(List.of(first, second)), first, second);
            }
        }
    }

    private Row find(Snapshot s, TableKind table, long ordinal) {
        return loaded.rows(s, table).stream().filter(r -> r.ordinal == ordinal).findFirst().orElse(null);
    }

    /** First and last name, or nothing when either is blank. */
    private static String fullName(Row r) {
        if (RecordKeys.blank(r.text("first_name")) || RecordKeys.blank(r.text("last_name"))) {
            return "";
        }
        return RecordKeys.norm(r.text("first_name")) + "|" + RecordKeys.norm(r.text("last_name"));
    }

    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    static String website(String site) {
        return RecordKeys.norm(site).replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/+$", "");
    }

    /** Lower case, no accents, no punctuation, no legal suffix words. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        return Arrays.stream(plain.split(" ")).filter(w -> !w.isEmpty() && !LEGAL_SUFFIXES.contains(w))
                .collect(Collectors.joining(" "));
    }
}
