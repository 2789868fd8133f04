package dev.p2caudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

    static String fixture(String name) {
        try {
            return Path.of(InspectCommandTest.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsTableEncodingDelimiterMappingRowsAndRejections() {
        CliRun run = CliRun.of("inspect", fixture("bad/Order Products bad values.csv"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("table             order_line (file name)")
                .contains("format            csv, UTF-8, delimiter ',', decimal separator '.'")
                .contains("header dialect    display names")
                .contains("rows              5 (2 loaded, 3 rejected)")
                .contains("Order ID (Order)  → order_ref")
                .contains("line 3, column 3 (Quantity): 'three' is not a number (decimal separator '.')");
    }

    @Test
    void jsonHasOneObjectPerFileWithTheContractFields() throws Exception {
        CliRun run = CliRun.of("inspect", "--json", fixture("delimiter/Order Products semicolon.csv"),
                fixture("bad/mystery.csv"), fixture("dialect/export.csv"));

        JsonNode files = new ObjectMapper().readTree(run.out());
        assertThat(files).hasSize(3);
        JsonNode first = files.get(0);
        assertThat(first.get("file").asText()).isEqualTo("Order Products semicolon.csv");
        assertThat(first.get("table").asText()).isEqualTo("order_line");
        assertThat(first.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(first.get("delimiter").asText()).isEqualTo(";");
        assertThat(first.get("decimalSeparator").asText()).isEqualTo(",");
        assertThat(first.get("columns").get("Quantity").asText()).isEqualTo("quantity");
        assertThat(first.get("rows").asLong()).isEqualTo(2);
        assertThat(first.get("rejected").asLong()).isZero();
        assertThat(first.get("errors")).isEmpty();
        JsonNode mystery = files.get(1);
        assertThat(mystery.get("table").isNull()).isTrue();
        assertThat(mystery.get("errors").get(0).get("reason").asText()).startsWith("cannot tell which table");
        assertThat(files.get(2).get("columns").get("Email (Primary Contact)").isNull()).isTrue();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void theUserCanNameATableByFileName() {
        CliRun run = CliRun.of("inspect", "--table", "mystery.csv=product", fixture("bad/mystery.csv"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("product (named by the user)");
    }

    @Test
    void usageErrorsExitWith2OnOneLine() {
        CliRun unknownTable = CliRun.of("inspect", "--table", "x.csv=orders", fixture("bad/mystery.csv"));
        CliRun unknownOption = CliRun.of("inspect", "--frobnicate", fixture("bad/mystery.csv"));
        CliRun noFile = CliRun.of("inspect");

        assertThat(unknownTable.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownTable.err()).startsWith("unknown table 'orders' in --table x.csv=orders; tables are account,");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingFileExitsWith3AndNoStackTrace() {
        CliRun run = CliRun.of("inspect", "/nowhere/Account.csv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err().trim()).isEqualTo("p2c-audit: no such file or folder: /nowhere/Account.csv");
    }

    @Test
    void theDateOrderAndItsEvidenceShowInTextAndJsonAndTheOptionDecidesWhenNothingElseDoes() throws Exception {
        CliRun text = CliRun.of("inspect", fixture("dates/Order ambiguous comma.csv"));
        CliRun asked = CliRun.of("inspect", "--json", "--date-order", "day-first", fixture("dates/Order ambiguous comma.csv"));
        CliRun wrong = CliRun.of("inspect", "--date-order", "sideways", fixture("dates/Order ambiguous comma.csv"));

        assertThat(text.out()).contains("  values read as", "Requested Receipt Date  ambiguous: every value fits both"
                + " orders (04/03/2020 on line 2); chose month-first as F&O writes M/d/yyyy");
        JsonNode column = new ObjectMapper().readTree(asked.out()).get(0).get("columnDetails").get(1);
        assertThat(column.get("header").asText()).isEqualTo("Requested Receipt Date");
        assertThat(column.get("reading").asText()).endsWith("chose day-first as --date-order says");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("'sideways' is not a date order; say day-first or month-first");
    }
}
