package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index lists exactly what FindingStore's pages list, in the same order, whatever the filter and sort. */
class FindingIndexTest {

    @TempDir
    Path dir;
    private Workspace ws;
    private long run;

    @BeforeEach
    void twoRunsOfFindings() {
        ws = Workspace.open(dir.resolve("ws"));
        long other = ws.findings().startRun("t", "1", "defaults", Map.of());
        ws.findings().add(other, List.of(finding("ORD-TYPE", Severity.ERROR, "S1", Snapshot.POST)));
        run = ws.findings().startRun("t", "1", "defaults", Map.of());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Severity severity = Severity.values()[i % 3];
            findings.add(finding(i % 2 == 0 ? "ORD-TYPE" : "ORD-COUNTRY", severity, "S" + (i * 7919 % 1000),
                    i % 5 == 0 ? Snapshot.PRE : Snapshot.POST));
        }
        ws.findings().add(run, findings);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void sameFindingsSameOrderAsTheStoresPages() {
        List<FindingFilter> filters = List.of(FindingFilter.ALL, FindingFilter.rule("ORD-TYPE"),
                FindingFilter.ALL.withSeverity(Severity.WARNING).withSnapshot(Snapshot.POST), FindingFilter.ALL.withText("s1"));
        List<FindingSort> sorts = List.of(FindingSort.DEFAULT, new FindingSort("key", false), new FindingSort("severity", true),
                new FindingSort("snapshot", false));
        for (FindingFilter filter : filters) {
            for (FindingSort sort : sorts) {
                RowIndex index = ws.findingIndex().index(run, filter, sort);
                List<Finding> paged = ws.findings().page(run, filter, sort, 0, 1000);
                assertThat(index.size()).isEqualTo(paged.size()).isPositive();
                assertThat(ws.findingIndex().findings(index.slice(0, index.size()))).as(filter + " " + sort)
                        .containsExactlyElementsOf(paged);
                assertThat(ws.findingIndex().findings(index.slice(10, 20))).containsExactlyElementsOf(
                        ws.findings().page(run, filter, sort, 10, 10));
            }
        }
    }

    @Test
    void aWaiverShowsInTheListingAtOnce() {
        RowIndex index = ws.findingIndex().index(run, FindingFilter.rule("ORD-COUNTRY"), FindingSort.DEFAULT);
        Finding first = ws.findingIndex().findings(index.slice(0, 1)).get(0);

        ws.waivers().waive(run, new WaiverStore.StoredWaiver(first.rule(), first.key(), "r", "w",
                java.time.LocalDate.of(2030, 1, 1)), "note");

        assertThat(ws.findingIndex().findings(index.slice(0, 1)).get(0).waived()).isTrue();
    }

    private static Finding finding(String rule, Severity severity, String key, Snapshot snapshot) {
        return new Finding(rule, severity, TableKind.ORDER, snapshot, key, "message about " + key,
                Map.of("country", FindingValue.post("US")), "fix", false, null);
    }
}
