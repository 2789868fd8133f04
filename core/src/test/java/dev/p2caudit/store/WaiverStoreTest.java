package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.WaiverStore.StoredWaiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiverStoreTest {

    @TempDir
    Path dir;
    private Workspace ws;
    private long run;

    @BeforeEach
    void aRunWithThreeFindings() {
        ws = Workspace.open(dir.resolve("ws"));
        run = ws.findings().startRun("test", "1", "defaults", Map.of());
        ws.findings().add(run, List.of(finding("ORD-COUNTRY", "S1", Snapshot.POST), finding("ORD-COUNTRY", "S1", Snapshot.PRE),
                finding("ORD-COUNTRY", "S2", Snapshot.POST)));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aWaiverIsKeptAndMarksEveryFindingOfItsRuleAndKeyAtOnce() {
        StoredWaiver waiver = new StoredWaiver("ORD-COUNTRY", "S1", "value map extended", "A. Auditor", LocalDate.of(2027, 1, 31));

        ws.waivers().waive(run, waiver, "waived by A. Auditor until 2027-01-31: value map extended");

        assertThat(ws.waivers().all()).containsExactly(waiver);
        List<Finding> findings = ws.findings().page(run, 0, 10);
        assertThat(findings).filteredOn(Finding::waived).extracting(Finding::key).containsExactly("S1", "S1");
        assertThat(findings).filteredOn(Finding::waived).extracting(Finding::waiverNote)
                .containsOnly("waived by A. Auditor until 2027-01-31: value map extended");
    }

    @Test
    void waivingAgainReplacesTheWaiverAndUnwaivingMakesTheFindingsCountAgain() {
        ws.waivers().waive(run, new StoredWaiver("ORD-COUNTRY", "S2", "first", "a", LocalDate.of(2027, 1, 1)), "n1");
        ws.waivers().waive(run, new StoredWaiver("ORD-COUNTRY", "S2", "second", "b", LocalDate.of(2027, 2, 1)), "n2");

        assertThat(ws.waivers().all()).extracting(StoredWaiver::reason).containsExactly("second");

        ws.waivers().unwaive(run, "ORD-COUNTRY", "S2");

        assertThat(ws.waivers().all()).isEmpty();
        assertThat(ws.findings().page(run, 0, 10)).noneMatch(Finding::waived);
    }

    @Test
    void settingsAreKeptWithTheWorkspace() {
        ws.settings().put(AuditSettings.PROFILE, "{\"disabled\":[\"ORD-TYPE\"]}");
        ws.close();
        ws = Workspace.open(dir.resolve("ws"));

        assertThat(ws.settings().get(AuditSettings.PROFILE)).contains("{\"disabled\":[\"ORD-TYPE\"]}");
        ws.settings().remove(AuditSettings.PROFILE);
        assertThat(ws.settings().get(AuditSettings.PROFILE)).isEmpty();
    }

    private static Finding finding(String rule, String key, Snapshot snapshot) {
        return new Finding(rule, Severity.WARNING, TableKind.ORDER, snapshot, key, "m", Map.of(), "r", false, null);
    }
}
