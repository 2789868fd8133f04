package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The false-positive test: 10,000 realistic, distinct companies crowded into twenty cities of ten
 * countries, so that every pair has a second signal and many share words ("Hartley Logistics",
 * "Hartley Software"). The fuzzy rule must find nothing but the one misspelled copy planted to show
 * it ran.
 */
class FuzzyCleanSetTest {

    @TempDir
    Path dir;

    @Test
    void tenThousandDistinctCompaniesAreNotNearDuplicates() {
        List<DistinctCompanies.Company> companies = DistinctCompanies.generate(10_000, 2026);
        DistinctCompanies.Company planted = companies.get(4_321);
        StringBuilder csv = new StringBuilder("Account Number,Account Name,Email,Main Phone,Website,Address 1: City,"
                + "Address 1: Country/Region\n");
        for (int i = 0; i < companies.size(); i++) {
            csv.append(row("A" + i, companies.get(i)));
        }
        csv.append(row("COPY", new DistinctCompanies.Company(planted.name().replaceFirst("(\\w)(\\w)", "$2$1"),
                planted.city(), planted.country(), "+1 555 0000000", "sales@other.example", "other.example")));

        AuditFixture audit = new AuditFixture(dir).post("Account.csv", csv.toString()).run();

        assertThat(audit.keys("DUP-ACC-FUZZY")).containsExactly("A4321+COPY");
        assertThat(audit.keys("DUP-ACC-NAME")).isEmpty();
    }

    private static String row(String key, DistinctCompanies.Company c) {
        return String.join(",", key, quoted(c.name()), c.email(), c.phone(), c.website(), c.city(), c.country()) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
