package dev.p2caudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schemas CI servers read our outputs by (src/test/resources/schemas, see its README): the
 * official SARIF 2.1.0 JSON schema and the JUnit XSD of Jenkins' xUnit plugin. Each check returns
 * every violation, so a test shows what is wrong, not only that something is.
 */
final class CiSchemas {

    private static final JsonSchema SARIF = sarifSchema();
    private static final Schema JUNIT = junitSchema();

    private CiSchemas() {
    }

    static List<String> sarifViolations(Path file) throws IOException {
        return sarifViolations(new ObjectMapper().readTree(file.toFile()));
    }

    static List<String> sarifViolations(JsonNode log) {
        List<String> violations = new ArrayList<>();
        for (ValidationMessage m : SARIF.validate(log)) {
            violations.add(m.getMessage());
        }
        return violations;
    }

    static List<String> junitViolations(Path file) throws IOException {
        List<String> violations = new ArrayList<>();
        Validator validator = JUNIT.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                violations.add("warning: line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                violations.add("fatal: line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            violations.add("not XML: " + e.getMessage());
        }
        return violations;
    }

    private static JsonSchema sarifSchema() {
        try (InputStream in = resource("sarif-schema-2.1.0.json")) {
            // Formats asserted too: an artifact URI with a raw space must fail ("uri-reference").
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema junitSchema() {
        try (InputStream in = resource("junit-10.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(new StreamSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the JUnit XSD does not load", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CiSchemas.class.getResourceAsStream("/schemas/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource schemas/" + name);
        }
        return in;
    }
}
