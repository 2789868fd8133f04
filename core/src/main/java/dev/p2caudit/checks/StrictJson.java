package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading the catalogue's JSON files (rules.json, duplicate rule files) strictly: a field of the
 * wrong type, an unknown choice or an unknown field is an error that says where it is, never a
 * default kept in silence. Fields starting with an underscore are comments.
 */
final class StrictJson {

    /** A mistake in a file; the message says where ("rule 2: condition 1: unknown column …"). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Something read from JSON that may be invalid. */
    interface Parse<T> {
        T get() throws Invalid;
    }

    private StrictJson() {
    }

    /** Prefixes an error with where it happened. */
    static <T> T withContext(String where, Parse<T> parse) throws Invalid {
        try {
            return parse.get();
        } catch (Invalid e) {
            throw new Invalid(where + ": " + e.getMessage());
        }
    }

    static String text(JsonNode node, String field) throws Invalid {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new Invalid("\"" + field + "\" must be a non-empty text");
        }
        return v.asText().trim();
    }

    static boolean flag(JsonNode node, String field) throws Invalid {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new Invalid("\"" + field + "\" must be true or false");
        }
        return v.asBoolean();
    }

    /**
     * One of an enum's values, written in lower case with dashes for underscores
     * ({@code KEY_DUP} is {@code key-dup}).
     */
    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) throws Invalid {
        for (E value : type.getEnumConstants()) {
            if (id(value).equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new Invalid("unknown " + field + " '" + text + "' (" + Arrays.stream(type.getEnumConstants())
                .map(StrictJson::id).collect(Collectors.joining(", ")) + ")");
    }

    /** How an enum value is written in JSON. */
    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Refuses any field not in {@code known}, except comments (fields starting with an underscore). */
    static void onlyKnownFields(JsonNode node, Set<String> known, String what) throws Invalid {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name) && !name.startsWith("_")) {
                throw new Invalid("unknown field \"" + name + "\" in " + what + " (known: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }
}
