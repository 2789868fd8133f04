package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.checks.AuditProfile;
import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.ingest.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export data is hostile until proven otherwise: a value like {@code <script>} or
 * {@code "><img src=x onerror=…>} in any column, a file name or a profile parameter must show as
 * text and never run.
 */
class ReportInjectionTest {

    private static final String SCRIPT = "<script>document.title='PWNED'</script>";
    private static final String IMG = "\"><img src=x onerror=\"document.title='PWNED'\">";
    private static final String BOLD = "<b onmouseover=\"document.title='PWNED'\">bold</b>";
    /** Every tag the template and Batik's SVG write; anything else came from data. */
    private static final Set<String> OURS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
            "h3", "p", "strong", "span", "nav", "ol", "li", "a", "main", "section", "div", "table", "caption", "thead",
            "tbody", "tr", "th", "td", "dl", "dt", "dd", "label", "input", "button", "figure", "figcaption", "em", "code",
            "q", "br", "script", "svg", "g", "defs", "clippath", "path", "rect", "text", "line", "#root");

    @TempDir
    static Path dir;
    static Path report;
    static Document html;

    @BeforeAll
    static void reportHostileData() throws IOException {
        Path pre = Files.createDirectories(dir.resolve("pre"));
        Path post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(post.resolve("Account " + IMG.replace("/", "") + ".csv"), csv(
                "Account Number,Account Name,Company,Customer Group Id,Party Number,Relationship Type",
                row(SCRIPT, IMG, "", BOLD, IMG, "Customer"),
                row(IMG, SCRIPT, BOLD, "", SCRIPT, "Customer")));
        Files.writeString(post.resolve("Order.csv"), csv(
                "Order ID,Sales Order Number,Name,Customer,Invoice Customer,Ship To Country/Region,Language,Freight Terms",
                row(SCRIPT, IMG, BOLD, SCRIPT, IMG, BOLD, SCRIPT, IMG)));
        Files.writeString(post.resolve("Order Products.csv"), csv(
                "Order ID (Order),Line Number,Quantity,Write-In Product",
                row(IMG, "1", SCRIPT, BOLD),
                row(SCRIPT, "2", "1", IMG)));
        Files.writeString(pre.resolve("Order.csv"), csv("Order ID,Name", row(SCRIPT, IMG)));
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"parameters\": {\"expectedCompanies\": [\"USMF\", \"<b>X</b>\"],"
                + " \"contactNumberPattern\": \"<script>x</script>\"}}");
        report = dir.resolve("report.html");
        ReportFixture.audit(pre, post, dir.resolve("ws"), report, AuditProfile.read(profile, Catalogue.standard()));
        html = Jsoup.parse(report.toFile(), "UTF-8");
    }

    @Test
    void noElementCameFromData() {
        for (Element element : html.getAllElements()) {
            assertThat(OURS).as(element.tagName() + " in " + element.parent()).contains(element.tagName().toLowerCase());
        }
        assertThat(html.select("script")).hasSize(1);
        assertThat(html.select("img, b, iframe, object, embed")).isEmpty();
    }

    @Test
    void noAttributeCameFromData() {
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue()).doesNotContain("PWNED");
            }
        }
    }

    @Test
    void thePayloadsShowAsText() {
        String text = html.body().text();

        assertThat(text).contains(SCRIPT).contains("<img src=x onerror=").contains(BOLD).contains("<b>X</b>");
        assertThat(html.select("td.key")).extracting(Element::text).contains(SCRIPT);
        assertThat(html.select("#rejected td")).extracting(Element::text).contains(SCRIPT);
        assertThat(html.select("#evidence td")).extracting(Element::text)
                .anySatisfy(t -> assertThat(t).startsWith("Account \"><img src=x"));
    }

    @Test
    void inABrowserNothingRuns() throws Exception {
        Document rendered = renderedInChromium(report);

        assertThat(rendered.title()).isEqualTo("P2C migration audit");
        assertThat(rendered.select("img, b, iframe")).isEmpty();
        assertThat(rendered.select("script")).hasSize(1);
        assertThat(rendered.select("section.rule")).isNotEmpty();
    }

    @Test
    void theBrowserCheckDoesSeeAnInjectionThatRuns() throws Exception {
        Path page = dir.resolve("injected.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>clean</title></head><body>"
                + "<img src=x onerror=\"document.title='PWNED'\"></body></html>");

        assertThat(renderedInChromium(page).title()).isEqualTo("PWNED");
    }

    /** The DOM after Chromium loaded the page and ran what it allows. */
    private static Document renderedInChromium(Path page) throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        assertThat(chromium).as("headless Chromium is needed for this test; .ci/run installs it").exists();
        Path profileDir = Files.createDirectories(dir.resolve("chrome-" + page.getFileName()));
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir, "--virtual-time-budget=3000", "--dump-dom",
                page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = ChildJvm.outputOf(browser, 60);
        return Jsoup.parse(dom);
    }

    private static String csv(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    private static String row(String... cells) {
        return String.join(",", List.of(cells).stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
    }
}
