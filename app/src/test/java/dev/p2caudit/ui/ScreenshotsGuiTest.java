package dev.p2caudit.ui;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the main screens after an audit of sample-data, pictures each one and checks that no
 * label or button is cut short. The pictures go to target/screenshots, or to the folder named by
 * {@code -Dp2caudit.screenshots} (docs/ui-screenshots.sh refreshes those of docs/). Run with
 * {@code -Dflatlaf.uiScale=2} to check 200%.
 */
class ScreenshotsGuiTest extends GuiTest {
    // (also: every control on every screen has an accessible name)

    private final Path out = Path.of(System.getProperty("p2caudit.screenshots", "target/screenshots"));
    private final String suffix = UIScale.getUserScaleFactor() > 1.5f ? "-200" : "";
    private final List<String> truncated = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();

    @Test
    void everyMainScreenPaintsWithNothingCutShort() throws Exception {
        truncated.addAll(onEdt(() -> ScreenPictures.truncated(frame.getRootPane())));
        window.button("newAudit").click();
        GuiActionRunner.execute(() -> {
            frame.app().screens().newAudit().add(Snapshot.PRE, List.of(Path.of("sample-data/pre")));
            frame.app().screens().newAudit().add(Snapshot.POST, List.of(Path.of("sample-data/post")));
        });
        waitFor("every file inspected", 120, () -> frame.newAudit.inspectedFiles() == 18);
        window.table("inputFiles").cell(TableCell.row(2).column(1)).click();
        shoot("new-audit");
        window.button("backToStart").click();
        window.button("trySample").click();
        waitFor("the dashboard", 180, () -> frame.shownCard().equals("audit") && !frame.overview().chartPanels().isEmpty());
        shoot("overview");
        window.tabbedPane("auditTabs").selectTab("Findings");
        waitFor("findings listed", 30, () -> frame.findings().rowAt(0) != null);
        window.table("findingsTable").cell(TableCell.row(0).column(4)).click();
        waitFor("the detail", 30, () -> frame.findings().detailShown());
        shoot("findings");
        // The menu's action rather than the detail pane's button: waiting after that click timed out
        // once in CI at 200% (and passed on rerun). AuditWorkflowGuiTest clicks the button itself.
        GuiActionRunner.execute(() -> frame.findings().showRecordOfSelection());
        waitFor("the data browser on the record", 30, () -> frame.app().tab() == Tab.DATA
                && frame.browser().recordFindingsShown());
        shoot("data-browser");
        window.tabbedPane("auditTabs").selectTab("Duplicates");
        waitFor("the duplicate groups", 30, () -> frame.duplicates.groupsShown() >= 0);
        if (onEdt(() -> frame.duplicates.groupsShown()) > 0) {
            window.list("duplicateGroups").clickItem(0);
            waitFor("the group's members", 30, () -> frame.duplicates.membersShown());
        }
        shoot("duplicates");
        window.tabbedPane("auditTabs").selectTab("Rules");
        waitFor("the rules", 30, () -> frame.rules.rulesShown());
        shoot("rules");
        window.menuItemWithPath("View", "Dark theme").click();
        window.tabbedPane("auditTabs").selectTab("Overview");
        waitFor("the dashboard in the dark", 60, () -> !frame.overview().chartPanels().isEmpty() && Theme.isDark());
        shoot("overview-dark");
        window.menuItemWithPath("View", "Dark theme").click();
        window.menuItemWithPath("File", "Start screen").click();
        waitFor("the sample among the recent workspaces", 20, () -> frame.start.recentShown() > 0);
        shoot("start");

        assertThat(truncated).as("labels and buttons cut short").isEmpty();
        assertThat(unnamed).as("controls without an accessible name").isEmpty();
    }

    /** Checks the screen at any scale; pictures it at 100%, and at 200% only the two screens docs/ show. */
    private void shoot(String name) throws Exception {
        robot.waitForIdle();
        truncated.addAll(onEdt(() -> ScreenPictures.truncated(frame.getRootPane()).stream().map(t -> name + ": " + t)
                .toList()));
        unnamed.addAll(onEdt(() -> ScreenPictures.unnamed(frame.getRootPane()).stream().map(t -> name + ": " + t)
                .toList()));
        if (!suffix.isEmpty() && !List.of("findings", "overview").contains(name)) {
            return;
        }
        Path file = onEdt(() -> ScreenPictures.capture(frame, out.resolve(name + suffix + ".png")));
        assertThat(ScreenPictures.colours(file)).as(name + " has something on it").isGreaterThan(20);
    }
}
