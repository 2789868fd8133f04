package dev.p2caudit.report;

import dev.p2caudit.store.Workspace;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The audit report: one self-contained HTML file (inline CSS, script and SVG charts; a
 * Content-Security-Policy that forbids every remote load and every script but its own), written
 * with jte's precompiled, auto-escaping templates. Readable by someone who never opened the app.
 */
public final class HtmlReport {

    /** Findings shown per page of a rule's section. */
    static final int PAGE = 50;

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {
    }

    public static void write(Path file, AuditFacts facts, Workspace ws) throws IOException {
        ReportView view = new ReportViewBuilder(facts, ws).build();
        OutputFiles.replace(file, bytes -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            TEMPLATES.render("report.jte", view, new WriterOutput(out));
            out.flush();
        });
    }
}
