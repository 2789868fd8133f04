package dev.p2caudit.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a name to what a person would still call "the same name": lower case, no accents, no
 * punctuation, no "and"/"&", and for organisations no legal form (Inc, Ltd, GmbH, AB, Oy…) at the
 * end and no leading "the". Digits are kept apart: "Store 12" and "Store 13" are two stores, not a
 * typo, so the fuzzy rules compare the words by similarity but the numbers only for equality.
 */
final class NameFolding {

    /** A folded name: its words, and the numbers it contained (in order, space separated). */
    record Folded(String words, String numbers) {

        boolean isEmpty() {
            return words.isEmpty();
        }

        /** As shown in findings: the words, then the numbers. */
        String shown() {
            return numbers.isEmpty() ? words : words + " " + numbers;
        }
    }

    /** Legal forms, as single words once dotted abbreviations are closed up (L.L.C. → llc). */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
            "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "ab", "oy", "oyj", "sa", "sas", "sarl",
            "spa", "srl", "sl", "bv", "nv", "plc", "aps", "as", "asa", "lda", "ehf", "pty", "pte", "kft", "sro");

    /** The forms that also stand first ("AB Volvo", "Oy Karl Fazer"), and the article. */
    private static final Set<String> LEADING_FORMS = Set.of("ab", "oy", "oyj", "the");

    /** Letters that Unicode decomposition does not split into a base letter and a mark. */
    private static final String[][] LIGATURES = {{"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"ł", "l"},
        {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ı", "i"}};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "Margie's" and "Margies" are the same name: apostrophes close up rather than split. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
    /** "s.a.", "g.m.b.h.", "j.p.": single letters each followed by a dot. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.){2,}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private NameFolding() {
    }

    /** An organisation's name: legal forms and a leading "the" go as well. */
    static Folded organisation(String name) {
        return fold(name, true);
    }

    /** A person's name: only case, accents and punctuation are folded. */
    static Folded person(String name) {
        return fold(name, false);
    }

    /** Case, accents and surrounding space folded: for cities and parent accounts. */
    static String plain(String text) {
        return text == null ? "" : String.join(" ", words(text));
    }

    private static Folded fold(String name, boolean organisation) {
        List<String> letters = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String token : name == null ? List.<String>of() : words(name)) {
            DIGITS.matcher(token).results().forEach(m -> numbers.add(m.group()));
            String withoutDigits = DIGITS.matcher(token).replaceAll("");
            if (!withoutDigits.isEmpty()) {
                letters.add(withoutDigits);
            }
        }
        List<String> named = new ArrayList<>(letters);
        named.removeIf("and"::equals); // "Pickles & Preserves" = "Pickles and Preserves": both lose the "and"
        if (organisation) {
            dropLegalForms(named);
        }
        return new Folded(String.join(" ", named.isEmpty() ? letters : named), String.join(" ", numbers));
    }

    /** Lower-case, accent-free, punctuation-free words; dotted abbreviations closed up first. */
    private static List<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        // Most names are plain ASCII without dots: the steps that cannot change them are skipped
        // (a fuzzy rule folds every name of the table, 150,000 contacts per snapshot).
        if (!s.chars().allMatch(c -> c < 0x80)) {
            for (String[] ligature : LIGATURES) {
                s = s.replace(ligature[0], ligature[1]);
            }
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = APOSTROPHES.matcher(s).replaceAll("");
        if (s.indexOf('.') >= 0) {
            s = DOTTED.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        }
        s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").trim();
        return s.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(s.split(" ")));
    }

    /**
     * Legal forms stand at the end ("Contoso Ltd", "Müller GmbH & Co. KG"); a few Nordic ones also
     * at the start ("AB Volvo"). Elsewhere a legal word is part of the name ("Inc. Magazine",
     * "Co-operative Bank"). A name that is nothing but legal words keeps them.
     */
    private static void dropLegalForms(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (!kept.isEmpty() && LEGAL_FORMS.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty() && LEADING_FORMS.contains(kept.get(0))) {
            kept.remove(0);
        }
        if (!kept.isEmpty()) {
            words.clear();
            words.addAll(kept);
        }
    }
}
