package dev.p2caudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.app.Main.StartMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartModeTest {

    @Test
    void withADisplayNoArgumentsOpenTheAppAndSampleOpensItAfterTheAudit() {
        assertThat(StartMode.of(new String[0], true)).isEqualTo(StartMode.DESKTOP);
        assertThat(StartMode.of(new String[] {"sample"}, true)).isEqualTo(StartMode.SAMPLE_THEN_DESKTOP);
        assertThat(StartMode.of(new String[] {"sample", "--help"}, true)).isEqualTo(StartMode.COMMAND_LINE);
        assertThat(StartMode.of(new String[] {"audit", "--pre", "x"}, true)).isEqualTo(StartMode.COMMAND_LINE);
    }

    @Test
    void withoutADisplayEverythingIsTheCommandLine() {
        assertThat(StartMode.of(new String[0], false)).isEqualTo(StartMode.COMMAND_LINE);
        assertThat(StartMode.of(new String[] {"sample"}, false)).isEqualTo(StartMode.COMMAND_LINE);
    }

    @Test
    void theAppOpensTheWorkspaceTheSampleAuditUsed() {
        Path fallback = Path.of("reports", "sample-workspace");

        assertThat(StartMode.sampleWorkspace(new String[] {"sample"}, fallback)).isEqualTo(fallback);
        assertThat(StartMode.sampleWorkspace(new String[] {"sample", "--workspace", "w"}, fallback)).isEqualTo(Path.of("w"));
        assertThat(StartMode.sampleWorkspace(new String[] {"sample", "--workspace=v"}, fallback)).isEqualTo(Path.of("v"));
    }
}
