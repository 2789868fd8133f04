package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace the version before ADR 0008 wrote and audited (fixtures/legacy): audited again after
 * its rows moved into the analytic store, it finds exactly what the H2 version found then.
 */
class LegacyReauditTest {

    @TempDir
    Path dir;

    @Test
    void reauditingTheMovedRowsFindsWhatTheEarlierVersionFound() throws Exception {
        Path file = dir.resolve("old" + Workspace.SUFFIX);
        Files.copy(Path.of("core/src/test/resources/fixtures/legacy/h2-workspace-v1.mv.db"), file);

        try (Workspace ws = Workspace.open(file)) {
            long earlier = ws.findings().runs().get(0).id();
            long now = new AuditEngine("test").run(ws, AuditProfile.defaults(), Waivers.none(), ProgressListener.NONE)
                    .summary().runId();

            assertThat(findings(ws, now)).hasSize(145).containsExactlyElementsOf(findings(ws, earlier));
        }
    }

    private static List<String> findings(Workspace ws, long run) {
        return ws.findings().page(run, 0, 10_000).stream().map(LegacyReauditTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.snapshot() + " " + f.key() + " " + f.message() + " " + f.values();
    }
}
