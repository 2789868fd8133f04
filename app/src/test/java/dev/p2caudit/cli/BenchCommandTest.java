package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks run end to end; their figures come from real runs, never from tests. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void importBenchmarkLoadsWithBothLoadersAndReportsTheRatio() {
        CliRun run = CliRun.of("bench", "import", "--rows", "2000", "--runs", "1", "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("ours +2,000 rows").containsPattern("duckdb +2,000 rows")
                .contains("median: ours");
    }

    @Test
    void auditBenchmarkGeneratesImportsAuditsAndReportsPerFamily() {
        CliRun run = CliRun.of("bench", "audit", "--scale", "1", "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generate scale 1").contains("import (pre and post)").contains("audit (all checks)")
                .contains("check families:").contains("reconciliation").contains("report size");
    }
}
