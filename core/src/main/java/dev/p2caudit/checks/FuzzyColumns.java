package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What the fuzzy rule of a table reads: the name (an account's name; a contact's first and last
 * name), whether it is an organisation's (legal forms are folded away), and the columns of its
 * second signals — RULES.md's city, country, phone or e-mail domain for accounts; e-mail, phone or
 * parent account for contacts.
 */
record FuzzyColumns(TableKind table, String nameSql, boolean organisation, Map<MatchSignal, String> signalColumns,
                    List<String> shown) {

    static FuzzyColumns of(TableKind table) {
        return switch (table) {
            case ACCOUNT -> new FuzzyColumns(table, "t.name", true, new EnumMap<>(Map.of(MatchSignal.CITY, "city",
                    MatchSignal.COUNTRY, "country", MatchSignal.PHONE, "phone", MatchSignal.EMAIL_DOMAIN, "email")),
                    List.of("name", "city", "country", "phone", "email"));
            case CONTACT -> new FuzzyColumns(table, "CONCAT_WS(' ', t.first_name, t.last_name)", false,
                    new EnumMap<>(Map.of(MatchSignal.EMAIL_DOMAIN, "email", MatchSignal.PHONE, "business_phone",
                            MatchSignal.PARENT, "parent_account")),
                    List.of("first_name", "last_name", "email", "business_phone", "parent_account"));
            default -> throw new IllegalArgumentException("no fuzzy duplicate rule for table " + table.id());
        };
    }

    /**
     * Every record with a name, as the matcher reads it: one pass over the table, which also reads
     * the company when the table is scoped by company (its files carried one).
     */
    List<FuzzyRecord> load(CheckContext ctx, Snapshot snapshot) {
        boolean scoped = table.column("company").isPresent() && ctx.availability.has(snapshot, table, "company");
        StringBuilder sql = new StringBuilder("SELECT t.row_id AS rid, " + nameSql + " AS full_name");
        signalColumns.values().forEach(column -> sql.append(", t.").append(SqlNames.checked(column)));
        if (scoped) {
            sql.append(", UPPER(TRIM(t.company)) AS company_key");
        }
        sql.append(" FROM ").append(SqlNames.dataTable(snapshot, table)).append(" t WHERE NULLIF(TRIM(").append(nameSql)
                .append("), '') IS NOT NULL");
        List<Read> rows = new ArrayList<>();
        ctx.sql.forEach(sql.toString(), List.of(), row -> rows.add(read(row, scoped)));
        // Folding names and signals is the costly part, and each record's alone: spread over the cores.
        // A signal value repeats (a city, a country, a parent account, a domain): normalised once.
        Map<MatchSignal, Map<String, String>> normalised = new EnumMap<>(MatchSignal.class);
        signalColumns.keySet().forEach(signal -> normalised.put(signal, new ConcurrentHashMap<>()));
        return IntStream.range(0, rows.size()).parallel().mapToObj(i -> fold(rows.get(i), normalised)).toList();
    }

    /** A record as read, before folding: its name and signal columns as written. */
    private record Read(long rid, String name, String[] signals, String company) {
    }

    private Read read(dev.p2caudit.store.Sql.Row row, boolean scoped) {
        String[] signals = new String[MatchSignal.values().length];
        signalColumns.forEach((signal, column) -> signals[signal.ordinal()] = row.text(column));
        String company = scoped ? java.util.Objects.requireNonNullElse(row.text("company_key"), "") : null;
        return new Read(row.number("rid"), row.text("full_name"), signals, company);
    }

    private FuzzyRecord fold(Read read, Map<MatchSignal, Map<String, String>> normalised) {
        String[] signals = new String[MatchSignal.values().length];
        signalColumns.keySet().forEach(signal -> {
            String raw = read.signals()[signal.ordinal()];
            // No value written, no signal.
            signals[signal.ordinal()] = raw == null ? null : normalised.get(signal).computeIfAbsent(raw, signal::normalise);
        });
        return new FuzzyRecord(read.rid(), organisation ? NameFolding.organisation(read.name())
                : NameFolding.person(read.name()), signals, read.company());
    }
}
