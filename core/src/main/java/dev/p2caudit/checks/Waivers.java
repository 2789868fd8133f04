package dev.p2caudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepted findings: rule + key + reason + who + until. A waived finding is still listed, marked
 * waived, and does not count toward the exit code. A waiver past its until-date stops applying.
 * The file format is in {@code docs/profile.md}.
 */
public final class Waivers {

    /** One accepted finding. */
    public record Waiver(String rule, String key, String reason, String who, LocalDate until) {

        boolean covers(Finding finding, LocalDate today) {
            return rule.equals(finding.rule()) && key.equals(finding.key()) && !today.isAfter(until);
        }

        String note() {
            return "waived by " + who + " until " + until + ": " + reason;
        }
    }

    private final List<Waiver> waivers;
    private final LocalDate today;

    public Waivers(List<Waiver> waivers, LocalDate today) {
        this.waivers = List.copyOf(waivers);
        this.today = today;
    }

    public static Waivers none() {
        return new Waivers(List.of(), LocalDate.now());
    }

    public static Waivers read(Path file, Catalogue catalogue, LocalDate today) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("waivers " + file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        List<Waiver> waivers = new ArrayList<>();
        int n = 0;
        for (JsonNode w : root.isArray() ? root : root.path("waivers")) {
            n++;
            waivers.add(parse(file, n, w, catalogue));
        }
        return new Waivers(waivers, today);
    }

    public List<Waiver> all() {
        return waivers;
    }

    /** The finding, waived when a current waiver covers it. */
    public Finding apply(Finding finding) {
        Optional<Waiver> waiver = waivers.stream().filter(w -> w.covers(finding, today)).findFirst();
        return waiver.map(w -> finding.waive(w.note())).orElse(finding);
    }

    private static Waiver parse(Path file, int n, JsonNode w, Catalogue catalogue) throws IOException {
        String where = "waivers " + file + ", entry " + n;
        String rule = required(w, "rule", where);
        if (catalogue.find(rule).isEmpty()) {
            throw new IOException(where + ": unknown rule '" + rule + "'");
        }
        try {
            return new Waiver(rule, required(w, "key", where), required(w, "reason", where), required(w, "who", where),
                    LocalDate.parse(required(w, "until", where)));
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": 'until' must be a date such as 2026-12-31", e);
        }
    }

    private static String required(JsonNode w, String field, String where) throws IOException {
        String value = w.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new IOException(where + ": '" + field + "' is missing");
        }
        return value;
    }
}
