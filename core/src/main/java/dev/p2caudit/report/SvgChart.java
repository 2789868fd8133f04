package dev.p2caudit.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A JFreeChart chart as inline SVG markup, drawn by Apache Batik's SVG generator. Text stays text
 * (searchable, printable). Element ids carry the chart's id so several charts share one page;
 * the root loses Batik's SVG 1.0 attributes that HTML5 does not allow.
 */
final class SvgChart {

    private static final String[] LEGACY_ATTRIBUTES = {"contentScriptType", "contentStyleType", "zoomAndPan", "version"};

    private SvgChart() {
    }

    static String render(JFreeChart chart, String id, int width, int height) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new PrefixedIds(id));
        context.setComment(null);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        Element root = graphics.getRoot();
        for (String attribute : LEGACY_ATTRIBUTES) {
            root.removeAttribute(attribute);
        }
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("width", String.valueOf(width));
        root.setAttribute("height", String.valueOf(height));
        root.setAttribute("role", "img");
        root.setAttribute("class", "chart");
        renameGenericDefs(root, id);
        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw chart " + id, e);
        }
        return withoutProlog(out.toString());
    }

    /** Batik names its definitions block "genericDefs" in every chart; ids must be unique in a page. */
    private static void renameGenericDefs(Element root, String id) {
        org.w3c.dom.NodeList defs = root.getElementsByTagName("defs");
        for (int i = 0; i < defs.getLength(); i++) {
            Element def = (Element) defs.item(i);
            if (def.hasAttribute("id")) {
                def.setAttribute("id", id + "-" + def.getAttribute("id"));
            }
        }
    }

    private static String withoutProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start).trim();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML DOM is unavailable", e);
        }
    }

    /** Batik's ids ({@code clipPath1}) prefixed with the chart's id. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String chart;

        PrefixedIds(String chart) {
            this.chart = chart;
        }

        @Override
        public String generateID(String prefix) {
            return chart + "-" + super.generateID(prefix);
        }
    }
}
