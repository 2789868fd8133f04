package dev.p2caudit.checks;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the dual-write value map for countries can convert: ISO 3166 codes (alpha-2 or alpha-3)
 * and English country names, as the JDK knows them.
 */
final class Countries {

    enum Convention { CODE, NAME, UNKNOWN }

    private static final Set<String> CODES = new HashSet<>();
    private static final Set<String> NAMES = new HashSet<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            CODES.add(alpha2);
            CODES.add(country.getISO3Country());
            NAMES.add(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
        NAMES.add("UNITED STATES OF AMERICA");
        NAMES.add("GREAT BRITAIN");
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
