package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of {@code sample-data/} against the generator's own list: per rule, exactly the
 * findings the manifest expects (seeded defects and their cascades), and none on the records it
 * lists as clean. The manifest is worked out independently, from the generated rows.
 */
class SampleAuditTest {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final Map<String, Set<String>> EXPECTED = new TreeMap<>();
    private static final Map<String, Set<String>> CLEAN = new TreeMap<>();
    private static final Map<String, Set<String>> FOUND = new TreeMap<>();
    private static final Map<String, String> MESSAGES = new TreeMap<>();
    private static long tablesBefore;
    private static long tablesAfter;

    @TempDir
    static Path dir;

    @BeforeAll
    static void auditTheSample() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(SAMPLE.resolve("manifest.json").toFile());
        manifest.get("expected").forEach(e -> add(EXPECTED, e.get("rule").asText(), e));
        manifest.get("clean").forEach(e -> add(CLEAN, e.get("rule").asText(), e));
        Map<Snapshot, List<Path>> inputs = Map.of(
                Snapshot.PRE, InputFiles.expand(List.of(SAMPLE.resolve("pre"))),
                Snapshot.POST, InputFiles.expand(List.of(SAMPLE.resolve("post"))));
        try (Workspace ws = Workspace.open(dir.resolve("sample"))) {
            new InputImporter().importExactly(ws, inputs, f -> null, ProgressListener.NONE);
            tablesBefore = tables(ws);
            AuditEngine.Result result = new AuditEngine("test").run(ws, AuditProfile.defaults(), Waivers.none(),
                    ProgressListener.NONE);
            tablesAfter = tables(ws);
            for (Finding f : ws.findings().page(result.summary().runId(), 0, 1_000_000)) {
                FOUND.computeIfAbsent(f.rule(), r -> new TreeSet<>()).add(f.snapshot().id() + " " + f.key());
                MESSAGES.put(f.rule() + " " + f.snapshot().id() + " " + f.key(), f.message());
            }
        }
    }

    private static long tables(Workspace ws) {
        return ws.sql().scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'main'", List.of());
    }

    @Test
    void theAuditLeavesNoWorkingTableBehind() {
        assertThat(tablesAfter).isEqualTo(tablesBefore).isGreaterThanOrEqualTo(18); // 9 tables in each snapshot, at least
    }

    @Test
    void rowFindingsOnTheMultiCompanyPostAccountsNameTheCompanyUnlessTheRuleIsAboutIt() {
        assertThat(MESSAGES.get("ACC-CUSTGROUP post ACC-01012-AHSTCR")).endsWith("(Company: USMF)");
        assertThat(MESSAGES.get("ACC-COMPANY post ACC-01011-AHSHKC"))
                .isEqualTo("Account ACC-01011-AHSHKC has no Company, so it cannot sync to a legal entity.");
    }

    /** Every rule of the engine's catalogue. */
    static Stream<String> rules() {
        return Catalogue.standard().all().stream().map(RuleDef::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void exactlyTheExpectedFindingsAndNoneOnCleanRecords(String rule) {
        Set<String> found = FOUND.getOrDefault(rule, Set.of());

        assertThat(EXPECTED.get(rule)).as("the sample seeds %s", rule).isNotEmpty();
        assertThat(found).as(rule).containsExactlyInAnyOrderElementsOf(EXPECTED.get(rule));
        assertThat(found).as(rule + " on clean records").doesNotContainAnyElementsOf(CLEAN.getOrDefault(rule, Set.of()));
    }

    private static void add(Map<String, Set<String>> into, String rule, JsonNode entry) {
        into.computeIfAbsent(rule, r -> new TreeSet<>()).add(entry.get("snapshot").asText() + " " + entry.get("key").asText());
    }
}
