package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO date-times with an offset are stored in UTC, whichever way the offset is written. */
class DateCellsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2020-03-27T12:30:00Z,      2020-03-27T12:30:00",
            "2020-03-27T12:30:00+02:00, 2020-03-27T10:30:00",
            "2020-03-27T12:30:00+0200,  2020-03-27T10:30:00",
            "2020-03-27T12:30:00-05:00, 2020-03-27T17:30:00",
            "2020-03-27T23:30:00-0130,  2020-03-28T01:00:00",
            "2020-03-27 12:30:00,       2020-03-27T12:30:00",
            "2020-03-27T12:30:00,       2020-03-27T12:30:00"})
    void offsetsAreConvertedToUtc(String cell, LocalDateTime expected) throws BadValue {
        assertThat(DateCells.parse(cell, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020-03-27T12:30:00+2", "2020-03-27T12:30:00+02:0x"})
    void aMalformedOffsetIsRejectedWithTheCell(String cell) {
        assertThatThrownBy(() -> DateCells.parse(cell, false)).isInstanceOf(BadValue.class)
                .hasMessageContaining(cell);
    }
}
