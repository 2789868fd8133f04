package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /** Every record with a name, as the matcher reads it: one pass over the table. */
    List<FuzzyRecord> load(CheckContext ctx, Snapshot snapshot) {
        StringBuilder sql = new StringBuilder("SELECT t.row_id AS rid, " + nameSql + " AS full_name");
        signalColumns.values().forEach(column -> sql.append(", t.").append(SqlNames.checked(column)));
        sql.append(" FROM ").append(SqlNames.dataTable(snapshot, table)).append(" t WHERE NULLIF(TRIM(").append(nameSql)
                .append("), '') IS NOT NULL");
        List<FuzzyRecord> records = new ArrayList<>();
        ctx.sql.forEach(sql.toString(), List.of(), row -> records.add(record(row)));
        return records;
    }

    private FuzzyRecord record(dev.p2caudit.store.Sql.Row row) {
        String[] signals = new String[MatchSignal.values().length];
        signalColumns.forEach((signal, column) -> signals[signal.ordinal()] = signal.normalise(row.text(column)));
        String name = row.text("full_name");
        return new FuzzyRecord(row.number("rid"), organisation ? NameFolding.organisation(name)
                : NameFolding.person(name), signals);
    }
}
