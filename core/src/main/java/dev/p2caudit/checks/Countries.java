package dev.p2caudit.checks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the dual-write value map for countries can convert: ISO 3166 codes (alpha-2 or alpha-3)
 * and English country names, as the JDK knows them.
 */
final class Countries {

    enum Convention { CODE, NAME, UNKNOWN }

    private static final Set<String> CODES = new HashSet<>();
    private static final Set<String> NAMES = new HashSet<>();
    /** Every spelling of a country (upper-cased code, name or common abbreviation) to its alpha-2 code. */
    private static final Map<String, String> ALPHA2 = new LinkedHashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            CODES.add(alpha2);
            CODES.add(country.getISO3Country());
            String name = country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT);
            NAMES.add(name);
            ALPHA2.put(alpha2, alpha2);
            ALPHA2.put(country.getISO3Country(), alpha2);
            ALPHA2.putIfAbsent(name, alpha2);
        }
        NAMES.add("UNITED STATES OF AMERICA");
        NAMES.add("GREAT BRITAIN");
        // How exports and people write the most common ones besides the ISO forms.
        Map.of("UNITED STATES OF AMERICA", "US", "U.S.", "US", "U.S.A.", "US", "GREAT BRITAIN", "GB",
                "UK", "GB", "U.K.", "GB", "ENGLAND", "GB").forEach(ALPHA2::put);
    }

    /** The ISO alpha-2 code of a country written as a code, an English name or a common abbreviation. */
    static Optional<String> alpha2(String value) {
        return Optional.ofNullable(ALPHA2.get(value.trim().toUpperCase(Locale.ROOT)));
    }

    /** Every known spelling (upper-cased) with its alpha-2 code. */
    static Map<String, String> spellings() {
        return ALPHA2;
    }

    private Countries() {
    }

    static Convention of(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (CODES.contains(v)) {
            return Convention.CODE;
        }
        return NAMES.contains(v) ? Convention.NAME : Convention.UNKNOWN;
    }
}
