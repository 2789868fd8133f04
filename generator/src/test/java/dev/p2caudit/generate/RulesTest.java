package dev.p2caudit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import org.junit.jupiter.api.Test;

/** The generator's view of the rules, as it is derived from the catalogue's needs. */
class RulesTest {

    @Test
    void aNumberCheckNeedsAnotherColumnOnEachSide() {
        Rules.Rule format = Rules.bootstrap("CON-NUMBER-FORMAT");
        assertThat(format.columns(Snapshot.POST)).containsExactly("contact_number");
        assertThat(format.columns(Snapshot.PRE)).containsExactly("p2c_contact_number");
        Rules.Rule dup = Rules.bootstrap("ORD-NUMBER-DUP");
        assertThat(dup.columns(Snapshot.POST)).containsExactly("company", "sales_order_number");
        assertThat(dup.columns(Snapshot.PRE)).containsExactly("company", "order_id");
        assertThat(dup.table()).isEqualTo(TableKind.ORDER);
    }

    @Test
    void postOnlyChecksAndSilentColumnsComeFromTheCatalogue() {
        assertThat(Rules.bootstrap("ORD-NUMBER").postOnly()).isTrue();
        assertThat(Rules.bootstrap("ORD-COMPANY").postOnly()).isFalse();
        // ACC-FINDIM is skipped without a word when financial_dimensions was not exported.
        assertThat(Rules.bootstrap("ACC-FINDIM").columns(Snapshot.POST)).containsExactly("relationship_type");
        assertThat(Rules.VALUE_MAP_COLUMNS).containsExactly("freight_terms", "shipping_method", "delivery_terms",
                "delivery_mode");
    }

    @Test
    void onlyTheChecksOfOneTablesRecordsAreBootstrapChecks() {
        assertThat(Rules.IDS).contains("REC-MISSING", "DUP-ACC-NAME", "INPUT-REJECTED");
        for (String notBootstrap : new String[] {"REC-MISSING", "DUP-ACC-NAME", "DUP-ACC-FUZZY", "INPUT-REJECTED"}) {
            assertThatThrownBy(() -> Rules.bootstrap(notBootstrap)).hasMessage("not a bootstrap check: " + notBootstrap);
        }
    }
}
