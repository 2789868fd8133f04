package dev.p2caudit.checks;

import dev.p2caudit.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's rule ids and default severities, in its order, from the copy of
 * {@code shared/domain/RULES.md} in the test resources: its table rows, and the ids the row
 * "QUO-…, QLN-…" lists, which take the severity of their ORD-/OLN- namesakes.
 */
public final class RulesSpec {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+(?:-[A-Z]+)+) \\| (ERROR|WARNING|INFO) \\|",
            Pattern.MULTILINE);
    private static final Pattern NAMESAKES = Pattern.compile("^\\| QUO-…, QLN-… \\| \\| the same checks [^:]*: (.*) \\|$",
            Pattern.MULTILINE);
    private static final Pattern ID = Pattern.compile("\\b(?:QUO|QLN)-[A-Z-]*[A-Z]");

    private RulesSpec() {
    }

    /** Every rule id of the spec with its default severity, in the spec's order. */
    public static Map<String, Severity> rules() {
        String text = text();
        Map<String, Severity> rules = new LinkedHashMap<>();
        Matcher namesakes = NAMESAKES.matcher(text);
        int quotesAt = namesakes.find() ? namesakes.start() : -1;
        Matcher row = ROW.matcher(text);
        boolean quotesAdded = false;
        while (row.find()) {
            if (!quotesAdded && quotesAt >= 0 && row.start() > quotesAt) {
                addNamesakes(namesakes.group(1), rules);
                quotesAdded = true;
            }
            rules.put(row.group(1), Severity.valueOf(row.group(2)));
        }
        return rules;
    }

    private static void addNamesakes(String list, Map<String, Severity> rules) {
        Matcher id = ID.matcher(list);
        while (id.find()) {
            String quote = id.group();
            String order = quote.replaceFirst("^QUO-", "ORD-").replaceFirst("^QLN-", "OLN-");
            rules.put(quote, rules.get(order));
        }
    }

    private static String text() {
        try (InputStream in = RulesSpec.class.getResourceAsStream("/domain/RULES.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
