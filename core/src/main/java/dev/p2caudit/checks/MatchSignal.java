package dev.p2caudit.checks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second signals that confirm a fuzzy name match (RULES.md): a similar name alone is not a
 * duplicate, a similar name in the same city, with the same phone, e-mail domain or parent account
 * is. Each signal reads its column the forgiving way: cities and parent accounts folded like names,
 * countries as ISO codes whether written "US" or "United States", phone numbers by their last eight
 * digits (so a country prefix does not matter), e-mail addresses by domain, except the public
 * mail services where a shared domain says nothing.
 */
enum MatchSignal {
    CITY("city"), COUNTRY("country"), PHONE("phone"), EMAIL_DOMAIN("e-mail domain"), PARENT("parent account");

    private static final int PHONE_DIGITS = 8;
    private static final int MIN_PHONE_DIGITS = 7;
    private static final Set<String> PUBLIC_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "icloud.com", "me.com",
            "aol.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net",
            "protonmail.com", "proton.me", "mail.com", "yandex.ru", "qq.com", "163.com");
    private static final Map<String, String> COUNTRY_CODES = countryCodes();
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    final String label;

    MatchSignal(String label) {
        this.label = label;
    }

    /** The value two records must share, or {@code null} when this one says nothing. */
    String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = switch (this) {
            case CITY, PARENT -> NameFolding.plain(raw);
            case COUNTRY -> {
                String plain = NameFolding.plain(raw);
                yield COUNTRY_CODES.getOrDefault(plain, plain);
            }
            case PHONE -> phone(raw);
            case EMAIL_DOMAIN -> emailDomain(raw);
        };
        return value == null || value.isEmpty() ? null : value;
    }

    private static String phone(String raw) {
        String digits = NOT_DIGIT.matcher(raw).replaceAll("");
        return digits.length() < MIN_PHONE_DIGITS ? null : digits.substring(Math.max(0, digits.length() - PHONE_DIGITS));
    }

    private static String emailDomain(String raw) {
        int at = raw.lastIndexOf('@');
        String domain = at < 0 ? "" : raw.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        return domain.isEmpty() || PUBLIC_MAIL.contains(domain) ? null : domain;
    }

    /** Folded English names and alpha-3 codes → alpha-2 code, as the JDK knows them. */
    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String code = alpha2.toLowerCase(Locale.ROOT);
            codes.put(NameFolding.plain(country.getDisplayCountry(Locale.ENGLISH)), code);
            codes.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
        }
        codes.put("united states of america", "us");
        codes.put("great britain", "gb");
        codes.put("uk", "gb");
        return Map.copyOf(codes);
    }
}
