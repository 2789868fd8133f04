package dev.p2caudit.report;

import dev.p2caudit.checks.Catalogue;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.ToolVersion;
import dev.p2caudit.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An audit run as JUnit XML, the test-results format CI servers show natively (Jenkins, GitLab,
 * Azure DevOps, GitHub test reporters): one test suite per snapshot, one test case per rule, failed
 * when the rule has unwaived findings at or above {@code --fail-on}, its findings' keys and
 * messages in the failure text. Written with the JDK's StAX writer, which escapes every value;
 * the schema it follows is the JUnit XSD of Jenkins' xUnit plugin (see the tests).
 */
public final class FindingsJunit {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private FindingsJunit() {
    }

    public static void write(Path file, AuditFacts facts, Workspace ws, Catalogue catalogue) throws IOException {
        List<RuleOutcomes.Outcome> outcomes = RuleOutcomes.of(facts, ws, catalogue);
        OutputFiles.replace(file, out -> write(out, facts, outcomes));
    }

    private static void write(OutputStream out, AuditFacts facts, List<RuleOutcomes.Outcome> outcomes)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "p2c-audit");
            counts(xml, outcomes, false);
            xml.writeAttribute("time", seconds(facts));
            for (Snapshot snapshot : List.of(Snapshot.POST, Snapshot.PRE)) {
                List<RuleOutcomes.Outcome> suite = outcomes.stream().filter(o -> o.snapshot == snapshot).toList();
                if (!suite.isEmpty()) {
                    suite(xml, facts, snapshot, suite);
                }
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, AuditFacts facts, Snapshot snapshot, List<RuleOutcomes.Outcome> suite)
            throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "p2c-audit." + snapshot.id());
        counts(xml, suite, true);
        xml.writeAttribute("time", seconds(facts));
        if (facts.run().startedAt() != null) {
            xml.writeAttribute("timestamp", TIMESTAMP.format(facts.run().startedAt()));
        }
        properties(xml, facts);
        for (RuleOutcomes.Outcome o : suite) {
            testcase(xml, facts, o);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<RuleOutcomes.Outcome> outcomes, boolean withSkipped)
            throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(outcomes.size()));
        xml.writeAttribute("failures", String.valueOf(outcomes.stream().filter(RuleOutcomes.Outcome::failed).count()));
        xml.writeAttribute("errors", "0");
        if (withSkipped) {
            xml.writeAttribute("skipped", String.valueOf(outcomes.stream()
                    .filter(o -> !o.failed() && o.skipped != null).count()));
        }
    }

    /** The run's identity, so a CI page says which build, ruleset and threshold judged the data. */
    private static void properties(XMLStreamWriter xml, AuditFacts facts) throws XMLStreamException {
        ToolVersion tool = ToolVersion.parse(facts.toolVersion());
        Map<String, String> properties = new TreeMap<>();
        properties.put("p2c-audit.version", tool.version());
        properties.put("p2c-audit.commit", tool.commit());
        properties.put("ruleset", facts.run().rulesetVersion());
        properties.put("profile", facts.run().profile());
        properties.put("run", String.valueOf(facts.run().id()));
        properties.put("fail-on", facts.failOnText());
        properties.put("verdict", facts.verdict());
        newline(xml, 2);
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> p : properties.entrySet()) {
            newline(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", p.getKey());
            xml.writeAttribute("value", XmlText.clean(p.getValue()));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, AuditFacts facts, RuleOutcomes.Outcome o)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.clean(o.rule + ": " + o.title));
        xml.writeAttribute("classname", "p2c-audit." + o.snapshot.id() + "." + o.group);
        if (o.failed()) {
            newline(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("type", o.failing.get(0).severity().name());
            xml.writeAttribute("message", findings(o.failingCount, "unwaived") + " at or above --fail-on "
                    + facts.failOnText());
            xml.writeCharacters(XmlText.clean(listing(o.failing, o.failingCount)
                    + (o.remediation.isEmpty() ? "" : "\nWhat to do: " + o.remediation + "\n")));
            xml.writeEndElement();
        } else if (o.skipped != null) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", XmlText.clean(o.skipped));
        }
        if (o.otherCount > 0) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(findings(o.otherCount, "") + " below --fail-on " + facts.failOnText()
                    + " or waived:\n" + listing(o.other, o.otherCount)));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /** One line per finding, then how many more there are. */
    private static String listing(List<Finding> listed, long total) {
        StringBuilder text = new StringBuilder();
        for (Finding f : listed) {
            text.append(f.severity().name()).append(' ').append(f.key()).append(": ").append(f.message());
            if (f.waived()) {
                text.append(" [").append(f.waiverNote() == null ? "waived" : f.waiverNote()).append(']');
            }
            text.append('\n');
        }
        if (total > listed.size()) {
            text.append(String.format(Locale.ROOT, "… and %,d more (%,d in all: see the HTML report or the JSON)%n",
                    total - listed.size(), total));
        }
        return text.toString();
    }

    private static String findings(long n, String adjective) {
        return String.format(Locale.ROOT, "%,d%s finding%s", n, adjective.isEmpty() ? "" : " " + adjective,
                n == 1 ? "" : "s");
    }

    private static String seconds(AuditFacts facts) {
        if (facts.run().startedAt() == null || facts.run().finishedAt() == null) {
            return "0";
        }
        Duration d = Duration.between(facts.run().startedAt(), facts.run().finishedAt());
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    /** Line breaks between elements, so the file reads (and diffs) by test case. */
    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
