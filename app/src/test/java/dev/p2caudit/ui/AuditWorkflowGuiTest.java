package dev.p2caudit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.overview.OverviewPanel;
import java.awt.Point;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end path through the real window: audit sample-data, the dashboard, a chart
 * bar, filters, a finding's detail, its record in the data browser, a waiver, the HTML report.
 */
class AuditWorkflowGuiTest extends GuiTest {

    @Test
    void fromTheSampleDataToAWaivedFindingAndAnExportedReport() throws Exception {
        auditTheSampleData();
        Finding clicked = clickTheFirstBarOfFindingsByRule();
        Finding filtered = filterTheFindingsToOrdersAndSearch(clicked);
        openTheDetailOf(filtered);
        jumpToTheRecordInTheDataBrowser(filtered);
        waiveTheFinding(filtered);
        exportTheReport();
    }

    private void auditTheSampleData() {
        window.button("trySample").click();
        waitFor("the sample audit to finish and the dashboard to show", 180, () -> frame.shownCard().equals("audit")
                && frame.app().tab() == Tab.OVERVIEW && !frame.overview().chartPanels().isEmpty());
        window.label("countERROR").requireVisible();
        assertThat(Long.parseLong(window.label("countERROR").text().replace(",", ""))).isPositive();
    }

    private Finding clickTheFirstBarOfFindingsByRule() {
        ChartPanel byRule = onEdt(() -> frame.overview().chartPanels().stream()
                .filter(p -> p.getName().equals("chart-findings-by-rule")).findFirst().orElseThrow());
        GuiActionRunner.execute(() -> byRule.scrollRectToVisible(new java.awt.Rectangle(byRule.getSize())));
        waitFor("the chart to be drawn", 20, () -> OverviewPanel.firstItem(byRule) != null);
        Point bar = onEdt(() -> OverviewPanel.firstItem(byRule));
        robot.click(byRule, bar);
        waitFor("the findings screen filtered to the bar", 30, () -> frame.app().tab() == Tab.FINDINGS
                && frame.findings().shownFilter().rule() != null && rowsLoaded());
        FindingFilter filter = onEdt(() -> frame.findings().shownFilter());
        assertThat(filter.severity()).isNotNull();
        Finding first = firstFinding();
        assertThat(first.rule()).isEqualTo(filter.rule());
        assertThat(first.severity()).isEqualTo(filter.severity());
        assertThat(window.label("findingsCount").text()).contains(" of ");
        return first;
    }

    private Finding filterTheFindingsToOrdersAndSearch(Finding any) {
        window.button("clearFilters").click();
        waitFor("every finding listed", 20, () -> window.label("findingsCount").text().matches("[\\d,]+ findings"));
        window.comboBox("filterTable").selectItem("ORDER");
        waitFor("order findings only", 20, () -> window.label("findingsCount").text().contains(" of ") && rowsLoaded()
                && frame.findings().shownFilter().table() == TableKind.ORDER);
        Finding order = firstFinding();
        assertThat(order.table()).isEqualTo(TableKind.ORDER);
        String allOrders = window.label("findingsCount").text();
        window.textBox("filterText").setText(order.key());
        // The filter bar shows the search at once, the narrowed listing (and its count) comes later
        // from the background: until then the table still holds every order finding.
        waitFor("the search to narrow the list", 20, () -> order.key().equals(frame.findings().shownFilter().text())
                && !window.label("findingsCount").text().equals(allOrders) && rowsLoaded());
        assertThat(count(window.label("findingsCount").text())).isLessThan(count(allOrders));
        JTableFixture table = window.table("findingsTable");
        for (int row = 0; row < table.rowCount(); row++) {
            String key = table.valueAt(org.assertj.swing.data.TableCell.row(row).column(4));
            String message = table.valueAt(org.assertj.swing.data.TableCell.row(row).column(5));
            assertThat(key + " " + message).containsIgnoringCase(order.key());
        }
        return firstFinding();
    }

    private void openTheDetailOf(Finding finding) {
        window.table("findingsTable").cell(org.assertj.swing.data.TableCell.row(0).column(4)).click();
        waitFor("the detail pane", 20, () -> label("detailHeading").getText().contains(finding.key()));
        assertThat(onEdt(() -> label("detailHeading").getText())).startsWith(finding.rule());
        waitFor("the record pre and post", 20, () -> table("recordValues").getRowCount() > 0);
        assertThat(window.textBox("detailRemediation").text()).isNotBlank();
    }

    private void jumpToTheRecordInTheDataBrowser(Finding finding) {
        window.button("showRecord").click();
        waitFor("the data browser on the record", 30, () -> frame.app().tab() == Tab.DATA
                && table("browserRows").getSelectedRow() >= 0
                && label("recordTitle").getText().startsWith("Findings of " + finding.key()));
        assertThat(window.comboBox("browserTable").selectedItem()).contains(finding.snapshot().id() + " · Order");
        waitFor("the record's findings", 20, () -> table("recordFindings").getRowCount() > 0);
    }

    private void waiveTheFinding(Finding finding) {
        window.tabbedPane("auditTabs").selectTab("Findings");
        window.table("findingsTable").cell(org.assertj.swing.data.TableCell.row(0).column(4)).click();
        waitFor("the finding selected", 20, () -> window.button("waive").isEnabled());
        window.button("waive").click();
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        new JTextComponentFixture(robot, robot.finder().findByName("waiverReason", JTextField.class, true))
                .enterText("value map extended for this customer");
        dialog.okButton().click();
        waitFor("the finding marked waived", 20, () -> label("detailWaiver").getText().startsWith("Waived: waived by"));
        assertThat(onEdt(() -> label("detailWaiver").getText())).endsWith(": value map extended for this customer");
        waitFor("the listing to show it waived", 20, () -> rowsLoaded() && Boolean.TRUE.equals(
                table("findingsTable").getValueAt(0, 6)));
    }

    private void exportTheReport() throws Exception {
        Path report = dir.resolve("sample report.html");
        window.menuItemWithPath("Export", "HTML report…").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        new JCheckBoxFixture(robot, robot.finder().findByName("openWhenDone", JCheckBox.class, true)).uncheck();
        chooser.setCurrentDirectory(dir.toFile());
        chooser.fileNameTextBox().setText(report.getFileName().toString());
        chooser.approve();
        JOptionPaneFixture written = JOptionPaneFinder.findOptionPane().withTimeout(60_000).using(robot);
        written.requireMessage("Written: " + report);
        written.okButton().click();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("value map extended for this customer");
    }

    /** The number of findings listed, from "12 of 305 findings". */
    private static long count(String findingsCount) {
        return Long.parseLong(findingsCount.substring(0, findingsCount.indexOf(' ')).replace(",", ""));
    }

    private boolean rowsLoaded() {
        JTable table = table("findingsTable");
        return table.getRowCount() > 0 && frame.findings().rowAt(0) != null;
    }

    private Finding firstFinding() {
        return onEdt(() -> frame.findings().rowAt(0));
    }

    private JLabel label(String name) {
        return robot.finder().findByName(frame, name, JLabel.class, false);
    }

    private JTable table(String name) {
        return robot.finder().findByName(frame, name, JTable.class, false);
    }
}
