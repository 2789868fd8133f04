package dev.p2caudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.BrowsedRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void aRecordPreAndPostInTableOrderWithEmptyColumnsLeftOutUnlessTheFindingNamesThem() {
        BrowsedRow pre = row(Map.of("account_number", "A-1", "name", "Contoso", "relationship_type", 8));
        BrowsedRow post = row(Map.of("account_number", "A-1", "name", "CONTOSO ", "relationship_type", 3,
                "x_colour", "red"));

        List<ValueRow> rows = RecordComparison.of(TableKind.ACCOUNT, pre, post, Set.of("company"));

        assertThat(rows).extracting(ValueRow::column).containsExactly("name", "account_number", "company",
                "relationship_type", "x_colour");
        assertThat(rows.get(0).differs()).isFalse();
        assertThat(rows.get(3)).isEqualTo(new ValueRow("relationship_type", "8 Prospect", "3 Customer", false));
        assertThat(rows.get(3).differs()).isTrue();
        assertThat(rows.get(2).triggered()).isTrue();
        assertThat(rows.get(4).pre()).isEmpty();
    }

    @Test
    void aRecordOnOneSideOnlyHasNothingOnTheOther() {
        List<ValueRow> rows = RecordComparison.of(TableKind.ACCOUNT, null, row(Map.of("name", "X")), Set.of());

        assertThat(rows).containsExactly(new ValueRow("name", null, "X", false));
        assertThat(rows.get(0).differs()).isFalse();
    }

    @Test
    void valuesReadAsTheUserWroteThem() {
        assertThat(CellText.of(new BigDecimal("10.5000000000"))).isEqualTo("10.5");
        assertThat(CellText.of(new BigDecimal("2E+1"))).isEqualTo("20");
        assertThat(CellText.of(LocalDateTime.of(2020, 3, 27, 0, 0))).isEqualTo("2020-03-27");
        assertThat(CellText.of(LocalDateTime.of(2020, 8, 25, 13, 3))).isEqualTo("2020-08-25 13:03");
        assertThat(CellText.of(Boolean.TRUE)).isEqualTo("Yes");
        assertThat(CellText.of(TableKind.ORDER, "order_type", 192350000)).isEqualTo("192350000 Item based");
        assertThat(CellText.of(TableKind.ORDER, "order_type", 7)).isEqualTo("7");
        assertThat(CellText.count(1234567)).isEqualTo("1,234,567");
    }

    private static BrowsedRow row(Map<String, Object> values) {
        return new BrowsedRow(1, "f.csv", 2, new LinkedHashMap<>(values));
    }
}
