package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimiterTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "delimiter/Order Products comma.csv#,#.",
        "delimiter/Order Products semicolon.csv#;#,",
        "delimiter/Order Products tab.csv#TAB#.",
        "delimiter/Order Products pipe.csv#|#.",
    })
    void eachDelimiterIsDetectedAndNumbersReadTheSame(String fixture, String delimiter, String decimal) {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load(fixture).report();

            assertThat(report.delimiter()).isEqualTo(delimiter.equals("TAB") ? "\t" : delimiter);
            assertThat(report.decimalSeparator()).isEqualTo(decimal);
            assertThat(report.rejected()).isZero();
            List<Map<String, Object>> rows = h.rows(TableKind.ORDER_LINE);
            assertThat(rows).extracting(r -> r.get("order_ref")).containsExactly("ORD-1", "ORD-1");
            assertThat(rows).extracting(r -> ((BigDecimal) r.get("price_per_unit")).stripTrailingZeros())
                    .containsExactly(new BigDecimal("1234.5"), new BigDecimal("12.25"));
            assertThat(rows).extracting(r -> ((BigDecimal) r.get("quantity")).stripTrailingZeros())
                    .containsExactly(new BigDecimal("3"), new BigDecimal("0.5"));
            assertThat(rows).extracting(r -> r.get("line_number")).containsExactly(1L, 2L);
        }
    }

    @Test
    void quotedDecimalCommasInACommaFileAreRecognisedFromTheValues() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("delimiter/Order Products comma decimal-comma.csv").report();

            assertThat(report.decimalSeparator()).isEqualTo(",");
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> ((BigDecimal) r.get("price_per_unit")).stripTrailingZeros())
                    .containsExactly(new BigDecimal("1234.5"), new BigDecimal("7.25"));
        }
    }

    @Test
    void pointDecimalsInASemicolonFileOverruleTheLocaleDefault() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileReport report = h.load("delimiter/Order Products semicolon decimal-point.csv").report();

            assertThat(report.delimiter()).isEqualTo(";");
            assertThat(report.decimalSeparator()).isEqualTo(".");
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> ((BigDecimal) r.get("quantity")).stripTrailingZeros())
                    .containsExactly(new BigDecimal("2.5"), new BigDecimal("1"));
        }
    }
}
