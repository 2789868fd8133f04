package dev.p2caudit.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.AuditService;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.checks.RuleDef;
import dev.p2caudit.model.Severity;
import dev.p2caudit.store.AuditSettings;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDocumentTest {

    @TempDir
    Path dir;

    private final ProfileDocument document = new ProfileDocument(Map.of("expectedCompanies", "USMF"),
            Set.of("ACC-CUSTOMER-IDLE"), Map.of("ORD-COUNTRY", Severity.ERROR));

    @Test
    void itIsTheProfileFileFormatAndReadsBack() {
        assertThat(ProfileDocument.parse(document.toJson())).isEqualTo(document);
        assertThat(document.toJson()).contains("\"disabled\" : [ \"ACC-CUSTOMER-IDLE\" ]").contains("\"ORD-COUNTRY\" : \"error\"");
    }

    @Test
    void everyRunReadsTheStoredDocumentAsItsProfileAndSaysSo() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.settings().put(AuditSettings.PROFILE, document.toJson());

            AuditProfile profile = AuditService.storedProfile(ws, Catalogue.standard());

            RuleDef country = Catalogue.standard().find("ORD-COUNTRY").orElseThrow();
            assertThat(profile.enabled("ACC-CUSTOMER-IDLE")).isFalse();
            assertThat(profile.severity(country)).isEqualTo(Severity.ERROR);
            assertThat(profile.upperList("expectedCompanies")).containsExactly("USMF");
            assertThat(profile.source()).isEqualTo(AuditService.STORED_PROFILE);
        }
    }

    @Test
    void withoutADocumentTheDefaultsAndABadValueIsTheEnginesError() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(AuditService.storedProfile(ws, Catalogue.standard()).source()).isEqualTo("defaults");
            assertThat(ProfileDocument.defaults().parameter("defaultLanguage")).isEqualTo("en-us");

            ProfileDocument bad = new ProfileDocument(Map.of("fuzzyThreshold", "high"), Set.of(), Map.of());
            ws.settings().put(AuditSettings.PROFILE, bad.toJson());
            assertThatThrownBy(() -> AuditService.storedProfile(ws, Catalogue.standard()))
                    .isInstanceOf(IOException.class).hasMessageContaining(AuditService.STORED_PROFILE);
        }
    }
}
