package dev.p2caudit.generate;

import java.util.Locale;

/**
 * What a country means for a customer: its English name (as Sales stores Ship To and address
 * countries), its telephone prefix, and the legal entity and currency that serve it: USMF in
 * dollars for North America, DEMF in euros for the rest.
 */
final class CountryNames {

    private CountryNames() {
    }

    static String englishName(String iso) {
        return new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
    }

    static boolean northAmerica(String iso) {
        return iso.equals("US") || iso.equals("CA");
    }

    static String company(String iso) {
        return northAmerica(iso) ? "USMF" : "DEMF";
    }

    static String currency(String iso) {
        return northAmerica(iso) ? "USD" : "EUR";
    }

    /** A phone number in the country's usual written form; {@code n} makes it unique. */
    static String phone(String iso, long n) {
        String local = String.valueOf(1_000_000 + n % 9_000_000);
        return switch (iso) {
            case "US", "CA" -> "+1 " + (200 + n / 10_000 % 700) + "-555-" + pad(n % 10_000, 4);
            case "DE" -> "+49 30 " + local;
            case "FR" -> "+33 1 " + local.substring(0, 3) + " " + local.substring(3);
            case "SE" -> "+46 8-" + local;
            case "GB" -> "+44 20 " + local.substring(0, 3) + " " + local.substring(3);
            default -> "+" + dialCode(iso) + " " + local;
        };
    }

    private static String dialCode(String iso) {
        return switch (iso) {
            case "FI" -> "358";
            case "CH" -> "41";
            case "NL" -> "31";
            case "DK" -> "45";
            case "PT" -> "351";
            case "ES" -> "34";
            case "IT" -> "39";
            case "AT" -> "43";
            case "IS" -> "354";
            default -> "99";
        };
    }

    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
