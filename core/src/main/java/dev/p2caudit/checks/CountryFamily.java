package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ORD-COUNTRY: Ship To Country/Region empty, unknown to the value map, or written in the
 * convention (ISO code or name) fewer orders of the snapshot use. Values are judged once each,
 * then the orders carrying a bad one are listed.
 */
final class CountryFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        Map<String, Countries.Convention> conventions = new HashMap<>();
        Map<Countries.Convention, Long> rows = new EnumMap<>(Countries.Convention.class);
        ctx.sql.forEach("SELECT UPPER(TRIM(ship_to_country)) AS v, COUNT(*) AS n FROM " + SqlNames.dataTable(snapshot, table)
                + " WHERE NULLIF(TRIM(ship_to_country), '') IS NOT NULL GROUP BY UPPER(TRIM(ship_to_country))", List.of(), row -> {
                    Countries.Convention c = Countries.of(row.text("v"));
                    conventions.put(row.text("v"), c);
                    rows.merge(c, row.number("n"), Long::sum);
                });
        long codes = rows.getOrDefault(Countries.Convention.CODE, 0L);
        long names = rows.getOrDefault(Countries.Convention.NAME, 0L);
        Countries.Convention minority = codes < names ? Countries.Convention.CODE
                : names < codes ? Countries.Convention.NAME : null;
        List<String> bad = new ArrayList<>();
        conventions.forEach((value, c) -> {
            if (c == Countries.Convention.UNKNOWN || c == minority) {
                bad.add(value);
            }
        });
        String sql = "SELECT " + ctx.keys.key(snapshot, table) + " AS k, TRIM(t.ship_to_country) AS v FROM "
                + ctx.from(rule, snapshot) + " WHERE " + Keys.nz("ship_to_country")
                + " IS NULL OR UPPER(TRIM(t.ship_to_country)) = ANY(?)";
        ctx.sql.forEach(sql, List.of((Object) bad.toArray(String[]::new)), row -> {
            String value = row.text("v") == null ? "" : row.text("v");
            String why = value.isEmpty() ? "is empty"
                    : conventions.get(value.toUpperCase(Locale.ROOT)) == Countries.Convention.UNKNOWN
                    ? "'" + value + "' is neither an ISO country code nor a country name the value map knows"
                    : "'" + value + "' is written as " + (minority == Countries.Convention.CODE ? "an ISO code" : "a name")
                    + ", while most orders (" + Math.max(codes, names) + ") use " + (minority == Countries.Convention.CODE
                    ? "names" : "ISO codes");
            ctx.report(rule, table, snapshot, row.text("k"), "Ship To Country/Region of " + row.text("k") + " " + why + ".",
                    Map.of("ship_to_country", FindingValue.of(snapshot, value)));
        });
    }
}
