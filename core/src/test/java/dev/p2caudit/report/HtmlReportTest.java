package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.checks.AuditProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The report of the sample data: valid HTML, complete, offline. */
class HtmlReportTest {

    @TempDir
    static Path dir;
    static Path report;
    static Document html;
    static long findings;

    @BeforeAll
    static void reportTheSample() throws IOException {
        report = dir.resolve("sample-audit.html");
        findings = ReportFixture.audit(Path.of("sample-data/pre"), Path.of("sample-data/post"), dir.resolve("ws"), report,
                AuditProfile.defaults());
        html = Jsoup.parse(report.toFile(), "UTF-8");
    }

    @Test
    void passesTheW3cNuHtmlCheckerWithoutErrors() throws Exception {
        assertThat(nuErrors(report)).isEmpty();
    }

    @Test
    void theCheckerDoesReportErrorsOnABrokenPage() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body>"
                + "<p id=a>one</p><p id=a>two</p><table><tr><td>cell</table><foo></foo></body></html>");

        assertThat(nuErrors(broken)).anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
    }

    static List<String> nuErrors(Path page) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " FATAL " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(page.toFile(), true);
        return errors;
    }

    @Test
    void everyRuleThatFiredHasItsSectionAndEveryFindingItsRow() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        new ObjectMapper().readTree(Path.of("sample-data/manifest.json").toFile()).get("expected")
                .forEach(e -> expected.merge(e.get("rule").asText(), 1, Integer::sum));

        long rows = 0;
        for (Map.Entry<String, Integer> rule : expected.entrySet()) {
            if (rule.getKey().startsWith("DUP-") && html.getElementById("rule-" + rule.getKey()) == null) {
                continue;
            }
            Element section = html.getElementById("rule-" + rule.getKey());
            assertThat(section).as(rule.getKey()).isNotNull();
            int inSection = section.select("table.findings tbody tr").size();
            assertThat(inSection).as(rule.getKey()).isEqualTo(rule.getValue());
            rows += inSection;
        }
        assertThat(html.select("section.rule table.findings tbody tr")).hasSize((int) findings);
        assertThat(rows).isEqualTo(findings);
    }

    @Test
    void opensOfflineCspForbidsRemoteLoadsAndNothingPointsAtTheNetwork() throws IOException {
        String csp = html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

        assertThat(csp).startsWith("default-src 'none';").contains("script-src 'sha256-").doesNotContain("http");
        assertThat(html.select("[src], link[href]")).isEmpty();
        for (Element linked : html.select("[href]")) {
            assertThat(linked.attr("href")).as(linked.outerHtml()).startsWith("#");
        }
        assertThat(html.select("script")).hasSize(1);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    }

    @Test
    void chartsAreInlineSvgWithLinksToTheRuleSections() {
        assertThat(html.select("figure.chart svg.chart")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(html.select("figure#chart-rounding-residues a[href=#rule-OLN-ROUNDING-DELTA]")).hasSize(1);
        assertThat(html.select("nav.toc a[href=#rule-ACC-COMPANY]")).hasSize(1);
        assertThat(html.select("#summary a[href=#rule-ACC-COMPANY]")).hasSize(1);
    }

    @Test
    void theSectionsSayWhatWhyAndWhatToDoAndShowPreAndPostSideBySide() {
        Element section = html.getElementById("rule-REC-CHANGED");
        assertThat(section.select("dl.about dt")).extracting(Element::text)
                .containsExactly("Why it matters", "Guidance", "What to do");
        assertThat(section.select("td.values span.pre")).isNotEmpty();
        assertThat(section.select("td.values span.post")).isNotEmpty();
    }

    @Test
    void theEvidenceSaysHowEachDateAndNumberColumnWasRead() {
        Element readings = html.selectFirst("#evidence table.readings");
        assertThat(readings).isNotNull();
        assertThat(readings.select("tbody tr")).extracting(Element::text)
                .anySatisfy(row -> assertThat(row).startsWith("post Sales invoice headers V2.csv INVOICEDATE month-first: "))
                .anySatisfy(row -> assertThat(row).contains("TOTALINVOICEAMOUNT decimal comma: "));
    }

    @Test
    void theEvidenceSaysAWorkbookIsReadFromItsFirstVisibleSheet() {
        // Hidden sheets (an export's logical names) are never data: the evidence must not say "first sheet".
        assertThat(html.select("#evidence tbody tr")).extracting(Element::text)
                .anySatisfy(row -> assertThat(row).startsWith("pre account My Active Accounts").contains("xlsx, first visible sheet"));
    }

    @Test
    void largeSectionsShowOnePageAndHaveAPagerAndAFilter() {
        Element section = html.getElementById("rule-OLN-ROUNDING-DELTA");
        assertThat(section.select("input.filter")).hasSize(1);
        assertThat(section.select("tbody tr:not([hidden])")).hasSize(HtmlReport.PAGE);
        assertThat(html.getElementById("rule-ACC-COMPANY").select("input.filter")).isEmpty();
    }
}
