package dev.p2caudit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money: two decimals, rounded half up as Sales and SCM round them. */
final class Money {

    static final BigDecimal ZERO = cents(0);

    private Money() {
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** SCM's split of a full line discount: per-unit discount, rounded, and the residue as a charge. */
    static BigDecimal[] split(BigDecimal fullDiscount, BigDecimal quantity) {
        if (fullDiscount.signum() == 0 || quantity.signum() == 0) {
            return new BigDecimal[] {ZERO, ZERO};
        }
        BigDecimal perUnit = fullDiscount.divide(quantity, 2, RoundingMode.HALF_UP);
        BigDecimal residue = fullDiscount.subtract(perUnit.multiply(quantity)).setScale(2, RoundingMode.UNNECESSARY);
        return new BigDecimal[] {perUnit, residue};
    }
}
