package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+1+cmd|'+1+cmd",
        "-2+3+cmd|'-2+3+cmd",
        "@SUM(A1)|'@SUM(A1)",
        "-0.01|-0.01",
        "12.50|12.50",
        "Contoso|Contoso",
        "a=b|a=b",
    })
    void cellsThatStartLikeAFormulaBecomeText(String value, String safe) {
        assertThat(SpreadsheetSafe.text(value)).isEqualTo(safe);
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnAtTheStartAreProtectedToo() {
        assertThat(SpreadsheetSafe.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafe.text("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetSafe.text("")).isEmpty();
        assertThat(SpreadsheetSafe.text(null)).isNull();
    }
}
