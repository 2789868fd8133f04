package dev.p2caudit.ingest;

import dev.p2caudit.model.Languages;
import dev.p2caudit.model.OptionSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cells that hold one of a known set of values: yes/no, option sets, languages. */
final class ChoiceCells {

    /** An {@code msdyn_language} option code such as 192350015; compiled once because it runs per cell. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("\\d{9}");

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("yes", true), Map.entry("no", false), Map.entry("y", true), Map.entry("n", false),
            Map.entry("true", true), Map.entry("false", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("on", true), Map.entry("off", false), Map.entry("ja", true), Map.entry("nein", false),
            Map.entry("oui", true), Map.entry("non", false), Map.entry("x", true));

    private ChoiceCells() {
    }

    static CellParser yesNo() {
        return (text, exact) -> {
            String s = text.trim();
            if (s.isEmpty()) {
                return null;
            }
            Boolean value = YES_NO.get(s.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new BadValue("'" + s + "' is not yes or no");
            }
            return value;
        };
    }

    /** Label or code in, code out. Few distinct values per column, so answers are remembered. */
    static CellParser option(OptionSet set, String columnLabel) {
        Map<String, Integer> seen = new HashMap<>();
        return (text, exact) -> {
            String s = text.trim();
            if (s.isEmpty()) {
                return null;
            }
            Integer code = seen.get(s);
            if (code == null) {
                Optional<Integer> found = set.codeOf(s);
                if (found.isEmpty()) {
                    throw new BadValue("'" + s + "' is not a known " + columnLabel + " (" + set.describe() + ")");
                }
                code = found.get();
                seen.put(s, code);
            }
            return code;
        };
    }

    /**
     * A language is stored as a lower-case tag; an option code the documentation names becomes its
     * tag. Anything else is kept as written, for ORD-LANGUAGE to judge rather than the reader.
     */
    static CellParser language() {
        return (text, exact) -> {
            String s = text.trim();
            if (s.isEmpty()) {
                return null;
            }
            if (LANGUAGE_CODE.matcher(s).matches()) {
                return Languages.tagOfCode(Integer.parseInt(s)).orElse(s);
            }
            return s.toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /** Text is kept exactly as written; only an empty cell becomes "no value". */
    static CellParser text() {
        return (text, exact) -> text.isEmpty() ? null : text;
    }

    /**
     * A legal entity code: F&amp;O stores {@code dataAreaId} in lower case ({@code usmf}), Sales shows
     * it upper case ({@code USMF}); read upper case, so both exports name one company alike.
     */
    static CellParser companyCode() {
        return (text, exact) -> text.isEmpty() ? null : text.toUpperCase(Locale.ROOT);
    }
}
