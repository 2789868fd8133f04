package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number column mixing separators: each value that can only be read one way is read so. */
class MixedDecimalsTest {

    @TempDir
    Path dir;

    @Test
    void unambiguousValuesAreReadAsWrittenTheAmbiguousOneByTheColumnAndTheRestOfTheFileLoads() {
        try (ImportHarness h = new ImportHarness(dir)) {
            FileImporter.Outcome outcome = h.load("values/Order Products mixed decimals.csv");

            assertThat(outcome.imported()).as("the import succeeds").isPresent();
            assertThat(outcome.report().decimalSeparator()).isEqualTo("mixed");
            assertThat(outcome.imported().get().decimalSeparator()).isEqualTo("mixed");
            assertThat(outcome.report().rejections()).extracting(RejectedRow::line, RejectedRow::columnNumber,
                    RejectedRow::column, RejectedRow::reason).containsExactly(
                    tuple(6L, 4, "Price Per Unit", "'1,23,4' is not a number (decimal separator ',')"));
            assertThat(h.rows(TableKind.ORDER_LINE)).extracting(r -> (BigDecimal) r.get("price_per_unit"))
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1234.56"),
                            new BigDecimal("1234.56"), new BigDecimal("12.5"), new BigDecimal("1.234"),
                            new BigDecimal("12.75"), new BigDecimal("7.25"));
            assertThat(outcome.report().columns()).extracting(c -> c.header(), c -> c.reading()).contains(
                    tuple("Quantity", "decimal point: 2.5 on line 2 and 1 more"),
                    tuple("Price Per Unit", "decimal comma: 1.234,56 on line 2 and 2 more; 2 values written with a"
                            + " decimal point (1,234.56 on line 3) read as written; 1 value that fits both (1,234 on"
                            + " line 5) read with a decimal comma"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1.234,56|COMMA", "1,234.56|POINT", "12,5|COMMA", "0,125|COMMA", "-0.125|POINT", "1.234.567|COMMA",
        "1,234,567|POINT", "1234,567|COMMA", "1,5E3|COMMA", "1 234,5|COMMA", "1,234|", "-1.234|", "1234|", "12 345|"})
    void aValueIsUnambiguousWhenOnlyOneStyleCanWriteIt(String value, DecimalStyle only) {
        assertThat(DecimalStyle.writtenIn(value)).isEqualTo(only);
    }
}
