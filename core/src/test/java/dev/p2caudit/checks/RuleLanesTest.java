package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.InputFiles;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules on two threads find exactly what they find one after another. */
class RuleLanesTest {

    @TempDir
    Path dir;

    @Test
    void twoLanesFindExactlyWhatOneLaneFindsOnTheSampleData() throws java.io.IOException {
        List<Finding> oneLane;
        List<Finding> twoLanes;
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Workspace ws = Workspace.open(dir.resolve("sample"))) {
            new InputImporter().importExactly(ws, Map.of(
                    Snapshot.PRE, InputFiles.expand(List.of(Path.of("sample-data/pre"))),
                    Snapshot.POST, InputFiles.expand(List.of(Path.of("sample-data/post")))), f -> null, ProgressListener.NONE);
            AuditEngine engine = new AuditEngine("test");
            oneLane = findings(ws, engine.withLanes(1).run(ws, AuditProfile.defaults(), Waivers.none(), ProgressListener.NONE));
            twoLanes = findings(ws, engine.withLanes(2).run(ws, AuditProfile.defaults(), Waivers.none(),
                    (task, done, total) -> threads.add(Thread.currentThread().getName())));
        }

        assertThat(threads).as("rules ran on two threads").hasSize(2);
        assertThat(twoLanes).hasSameSizeAs(oneLane).hasSizeGreaterThan(100);
        assertThat(twoLanes).containsExactlyElementsOf(oneLane);
    }

    @Test
    void theDuplicateRulesRunAsOneChainInCatalogueOrderTheOthersEachAlone() {
        List<RuleDef> rules = Catalogue.standard().all();
        List<List<RuleDef>> chains = RuleQueue.chains(rules);

        List<List<RuleDef>> longer = chains.stream().filter(c -> c.size() > 1).toList();
        assertThat(longer).hasSize(1);
        List<String> chained = longer.get(0).stream().map(RuleDef::id).toList();
        assertThat(chained).isEqualTo(rules.stream().filter(r -> r.family().startsWith("duplicate")).map(RuleDef::id).toList());
        assertThat(chained.indexOf("DUP-ACC-FUZZY")).isGreaterThan(chained.indexOf("DUP-ACC-NAME"));
        assertThat(chains.stream().mapToInt(List::size).sum()).isEqualTo(rules.size());
    }

    @Test
    void theLanesTakeTheDuplicateChainFirstThenTheTablesInTurn() {
        List<List<RuleDef>> chains = RuleQueue.chains(Catalogue.standard().all());
        List<List<RuleDef>> queue = RuleQueue.queued(chains);

        assertThat(queue).containsExactlyInAnyOrderElementsOf(chains);
        assertThat(queue.get(0)).hasSizeGreaterThan(1);
        List<String> firstTables = queue.subList(1, 8).stream().map(c -> c.get(0).table().id()).toList();
        assertThat(firstTables).doesNotHaveDuplicates();
    }

    private static List<Finding> findings(Workspace ws, AuditEngine.Result result) {
        return ws.findings().page(result.summary().runId(), 0, 1_000_000);
    }
}
