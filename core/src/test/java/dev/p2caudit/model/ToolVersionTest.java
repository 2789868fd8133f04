package dev.p2caudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolVersionTest {

    @Test
    void theCommitTravelsAsBuildMetadataAndComesBack() {
        ToolVersion built = new ToolVersion("0.1.0-SNAPSHOT", "5a903cafa526");

        assertThat(built.recorded()).isEqualTo("0.1.0-SNAPSHOT+5a903cafa526");
        assertThat(ToolVersion.parse(built.recorded())).isEqualTo(built);
    }

    @Test
    void aBuildOutsideGitAndARunRecordedBeforeCommitsWereSayUnknown() {
        ToolVersion outsideGit = new ToolVersion("0.1.0", null);

        assertThat(outsideGit.commit()).isEqualTo(ToolVersion.UNKNOWN);
        assertThat(outsideGit.recorded()).isEqualTo("0.1.0");
        assertThat(ToolVersion.parse("0.1.0-SNAPSHOT")).isEqualTo(new ToolVersion("0.1.0-SNAPSHOT", "unknown"));
        assertThat(ToolVersion.parse(null).version()).isEqualTo(ToolVersion.UNKNOWN);
    }
}
