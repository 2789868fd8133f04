package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The discount rule over random lines, judged by the audit (SQL over DuckDB's decimals) and, line
 * by line, by BigDecimal arithmetic: the two agree on every line, so no rounding rule goes through
 * a double (DuckDB divides two DECIMALs into a DOUBLE; the rule multiplies and compares only).
 * Lines are made the way SCM makes them — a per-unit discount rounded to the cent, the remainder in
 * the sales charge — and then some are spoiled by a cent or more, or left without a charge.
 */
class RoundingPropertyTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    @TempDir
    Path dir;

    /** One generated line and what the rule makes of it. */
    private record Line(int number, BigDecimal quantity, BigDecimal full, BigDecimal discount, BigDecimal charge) {

        String csv() {
            return "S1," + number + "," + quantity.toPlainString() + "," + full.toPlainString() + ","
                    + discount.toPlainString() + "," + (charge == null ? "" : charge.toPlainString());
        }

        private BigDecimal chargeOrZero() {
            return charge == null ? BigDecimal.ZERO : charge;
        }

        private BigDecimal gap() {
            return quantity.multiply(discount).add(chargeOrZero()).subtract(full).abs();
        }

        private BigDecimal limit() {
            return quantity.abs().multiply(HALF_CENT).add(HALF_CENT);
        }

        private boolean discounted() {
            return full.signum() != 0 || discount.signum() != 0;
        }

        boolean inconsistent() {
            return discounted() && gap().compareTo(TOLERANCE) > 0;
        }

        boolean residue() {
            return gap().compareTo(TOLERANCE) <= 0 && chargeOrZero().signum() != 0
                    && chargeOrZero().abs().compareTo(limit()) < 0;
        }

        boolean suspect() {
            return discounted() && chargeOrZero().abs().compareTo(limit()) >= 0;
        }

        String key() {
            return "S1/" + number;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261203})
    void theAuditJudgesEveryRandomLineAsBigDecimalArithmeticDoes(long seed) {
        List<Line> lines = lines(new Random(seed), 250);
        StringBuilder csv = new StringBuilder(
                "Order ID (Order),Line Number,Quantity,Manual Discount,Line Discount Amount,Sales Charges\n");
        lines.forEach(l -> csv.append(l.csv()).append('\n'));

        AuditFixture audit = new AuditFixture(dir).post("Order.csv", "Order ID,Sales Order Number\nS1,S1\n")
                .post("Order Products.csv", csv.toString()).run();

        assertThat(audit.keys("OLN-ROUNDING")).containsExactlyInAnyOrderElementsOf(
                lines.stream().filter(Line::inconsistent).map(Line::key).toList());
        assertThat(audit.keys("OLN-ROUNDING-DELTA")).containsExactlyInAnyOrderElementsOf(
                lines.stream().filter(Line::residue).map(Line::key).toList());
        assertThat(audit.keys("OLN-CHARGE-SUSPECT")).containsExactlyInAnyOrderElementsOf(
                lines.stream().filter(Line::suspect).map(Line::key).toList());
        // the generator makes every kind, so the comparison above is never vacuous
        assertThat(lines).anyMatch(Line::inconsistent).anyMatch(Line::residue).anyMatch(Line::suspect)
                .anyMatch(l -> !l.inconsistent() && !l.residue() && !l.suspect());
    }

    private static List<Line> lines(Random random, int count) {
        List<Line> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            BigDecimal quantity = quantity(random);
            BigDecimal full = BigDecimal.valueOf(random.nextInt(50_000), 2);
            if (quantity.signum() < 0) {
                full = full.negate();
            }
            BigDecimal discount = quantity.signum() == 0 ? BigDecimal.ZERO
                    : full.divide(quantity, 2, RoundingMode.HALF_UP);
            // the remainder to the cent: with a fraction of a unit, q × d + c misses F by up to half a cent
            BigDecimal charge = full.subtract(quantity.multiply(discount)).setScale(2, RoundingMode.HALF_UP);
            charge = switch (random.nextInt(6)) {
                case 0 -> charge.add(BigDecimal.valueOf(random.nextInt(3) - 1, 2)); // a cent off, either way, or none
                case 1 -> charge.add(BigDecimal.valueOf(random.nextInt(400) - 200, 2)); // a real charge, or a lost discount
                case 2 -> charge.signum() == 0 ? null : charge; // no charge written
                default -> charge;
            };
            lines.add(new Line(n, quantity, full, discount, charge));
        }
        return lines;
    }

    /** Whole quantities mostly, some halves and thirds of a unit, now and then a return or nothing. */
    private static BigDecimal quantity(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> BigDecimal.valueOf(-(1 + random.nextInt(5)));
            case 1 -> BigDecimal.ZERO;
            case 2 -> BigDecimal.valueOf(1 + random.nextInt(40), 1);
            case 3 -> new BigDecimal("0.333");
            default -> BigDecimal.valueOf(1 + random.nextInt(12));
        };
    }
}
