package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormsTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "currency, US Dollar, USD", "currency, usd, USD", "currency, Euro, EUR", "currency, Pound Sterling, GBP",
        "currency, British Pound, GBP", "currency, Swiss Franc, CHF",
        "country, U.S., US", "country, USA, US", "country, United States, US", "country, united states of america, US",
        "country, US, US", "country, Germany, DE", "country, DEU, DE", "country, United Kingdom, GB", "country, UK, GB",
        "ship_to_country, GBR, GB",
        "phone, '+1 (425) 555-0100', 14255550100", "business_phone, 1-425-555-0100, 14255550100",
        "name, '  Contoso ', CONTOSO"})
    void labelsAndCodesAreOneValue(String column, String written, String form) {
        assertThat(ValueForms.of(column, written)).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}: {1} <> {2}")
    @CsvSource({"currency, USD, EUR", "country, US, GB", "phone, 14255550100, 14255550101", "name, Contoso, Contoso Ltd"})
    void differentValuesStayDifferent(String column, String a, String b) {
        assertThat(ValueForms.of(column, a)).isNotEqualTo(ValueForms.of(column, b));
    }
}
