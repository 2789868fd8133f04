package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.FindingValue;
import org.junit.jupiter.api.Test;

class FindingValuesTest {

    @Test
    void valuesKeepTheOrderTheCheckNamesThem() {
        assertThat(FindingValues.of("status", FindingValue.post("Open"), "invoiced", FindingValue.post("Yes")).keySet())
                .containsExactly("status", "invoiced");
        assertThat(FindingValues.of("sales_records", FindingValue.pre(8), "relationship_type", FindingValue.pre("Prospect"))
                .keySet()).containsExactly("sales_records", "relationship_type");
    }
}
