package dev.p2caudit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Languages as the order and quote tables carry them: a tag such as {@code en-us}, or the
 * {@code msdyn_language} option code of a logical-name export.
 */
public final class Languages {

    private static final Map<Integer, String> TAG_BY_CODE = Map.of(
            192350015, "en-us",
            192350009, "en-gb",
            192350004, "de",
            192350021, "fr");

    private static final Set<String> ISO_LANGUAGES =
            Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    private Languages() {
    }

    /** The tag for an option code, when the code is one the documentation names. */
    public static Optional<String> tagOfCode(int code) {
        return Optional.ofNullable(TAG_BY_CODE.get(code));
    }

    /**
     * Whether a stored value is a well-formed language tag whose language ISO 639 knows
     * ({@code en-us}, {@code de}, {@code fr-ca}); {@code english} or {@code xx-yy} are not.
     */
    public static boolean isKnownTag(String tag) {
        if (tag == null || !tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return ISO_LANGUAGES.contains(locale.getLanguage());
    }
}
