package dev.p2caudit.checks;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One value, however an export writes it (docs/checks.md, "Labels and codes"): a currency as its
 * ISO code ({@code US Dollar} is {@code USD}), a country as its ISO alpha-2 code ({@code U.S.},
 * {@code USA} and {@code United States} are {@code US}), a phone number as its digits; any other
 * text trimmed and upper-cased. Option sets need nothing here: they are stored as their codes.
 */
final class ValueForms {

    /** Upper-cased currency names (English, as the JDK and D365 name them) to their ISO codes. */
    private static final Map<String, String> CURRENCIES = new TreeMap<>();

    static {
        for (Currency currency : Currency.getAvailableCurrencies()) {
            CURRENCIES.put(currency.getDisplayName(Locale.ENGLISH).toUpperCase(Locale.ROOT), currency.getCurrencyCode());
        }
        // D365's own names where they differ from the JDK's.
        CURRENCIES.put("POUND STERLING", "GBP");
        CURRENCIES.put("US DOLLAR", "USD");
        CURRENCIES.put("UNITED STATES DOLLAR", "USD");
    }

    /** The kind of value a column holds. */
    enum Form { CURRENCY, COUNTRY, PHONE, TEXT }

    private ValueForms() {
    }

    static Form of(String column) {
        return switch (column) {
            case "currency" -> Form.CURRENCY;
            case "country", "ship_to_country" -> Form.COUNTRY;
            case "phone", "business_phone" -> Form.PHONE;
            default -> Form.TEXT;
        };
    }

    /** SQL of the value of {@code expr}, a text column named {@code column}, in its one form; '' when empty. */
    static String sql(String column, String expr) {
        String text = "UPPER(COALESCE(TRIM(" + expr + "), ''))";
        return switch (of(column)) {
            case CURRENCY -> lookup(text, CURRENCIES);
            case COUNTRY -> lookup(text, Countries.spellings());
            case PHONE -> "REGEXP_REPLACE(COALESCE(" + expr + ", ''), '[^0-9]', '', 'g')";
            case TEXT -> text;
        };
    }

    /** The same in Java, for values already read. */
    static String of(String column, String value) {
        String text = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return switch (of(column)) {
            case CURRENCY -> CURRENCIES.getOrDefault(text, text);
            case COUNTRY -> Countries.alpha2(text).orElse(text);
            case PHONE -> text.replaceAll("[^0-9]", "");
            case TEXT -> text;
        };
    }

    private static String lookup(String text, Map<String, String> forms) {
        StringBuilder sql = new StringBuilder("CASE ").append(text);
        forms.forEach((spelling, form) -> {
            if (!spelling.equals(form)) {
                sql.append(" WHEN '").append(spelling.replace("'", "''")).append("' THEN '").append(form).append('\'');
            }
        });
        return sql.append(" ELSE ").append(text).append(" END").toString();
    }
}
