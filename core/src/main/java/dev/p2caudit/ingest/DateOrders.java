package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.MappedColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the order of each date column of a file, from all its values, never by a silent guess.
 * A value whose first part is over 12 proves day-first, one whose second part is, month-first; the
 * order more values prove wins, and the values proving the other are rejected. A column whose
 * values fit both orders follows, in turn: the file's other date columns (those written with the
 * same separator first), the file's style ({@code ;} and a decimal comma: day-first), the user's
 * setting, and last the form's convention ({@code d.M.yyyy} day-first, F&amp;O's {@code M/d/yyyy}
 * month-first). The decision and its evidence are written out as the column's reading.
 */
final class DateOrders {

    /**
     * One column's order.
     *
     * @param order       the order its values are read in
     * @param reading     the decision and its evidence, for inspect, the import log and the report
     * @param because     why, in a few words, for the rejection of a value that contradicts it
     * @param fromSetting whether the setting (or, without one, the convention) decided it
     */
    record Decision(DateOrder order, String reading, String because, boolean fromSetting) {
    }

    private final List<MappedColumn> stored;
    private final List<DateEvidence> evidence;
    private final boolean semicolonAndDecimalComma;
    private final DateOrderSetting setting;

    /** @param evidence per stored column; {@code null} for columns that are not dates */
    DateOrders(List<MappedColumn> stored, List<DateEvidence> evidence, boolean semicolonAndDecimalComma,
               DateOrderSetting setting) {
        this.stored = stored;
        this.evidence = evidence;
        this.semicolonAndDecimalComma = semicolonAndDecimalComma;
        this.setting = setting;
    }

    /** Per stored column; {@code null} where no value depends on the order. */
    List<Decision> decide() {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            DateEvidence e = evidence.get(i);
            decisions.add(e == null || !e.matters() ? null : e.proven() != null ? proven(e) : open(i, e));
        }
        return decisions;
    }

    private static Decision proven(DateEvidence e) {
        DateOrder order = e.proven();
        Example first = e.firstProving(order);
        long more = e.proving(order) - 1;
        StringBuilder reading = new StringBuilder(order.label()).append(": ").append(first);
        if (more > 0) {
            reading.append(" and ").append(more).append(" more that can only be ").append(order.label());
        }
        if (e.ambiguous() > 0) {
            reading.append("; ").append(e.ambiguous()).append(e.ambiguous() == 1 ? " that fits" : " that fit")
                    .append(" both orders read ").append(order.label());
        }
        appendRejected(reading, e, order);
        return new Decision(order, reading.toString(), first.toString(), false);
    }

    /** Values that fit both orders, or as many proving each: the fallbacks decide. */
    private Decision open(int column, DateEvidence e) {
        Decision fallback = fallback(column, e);
        StringBuilder reading = new StringBuilder();
        if (e.proving(DateOrder.DAY_FIRST) > 0) {
            reading.append("conflicting: ").append(e.proving(DateOrder.DAY_FIRST)).append(" can only be day-first (")
                    .append(e.firstProving(DateOrder.DAY_FIRST)).append("), as many only month-first (")
                    .append(e.firstProving(DateOrder.MONTH_FIRST)).append("); chose ");
        } else {
            reading.append("ambiguous: every value fits both orders (").append(e.firstAmbiguous()).append("); chose ");
        }
        reading.append(fallback.order().label()).append(' ').append(fallback.because());
        appendRejected(reading, e, fallback.order());
        return new Decision(fallback.order(), reading.toString(), fallback.because(), fallback.fromSetting());
    }

    private static void appendRejected(StringBuilder reading, DateEvidence e, DateOrder order) {
        long against = e.proving(order.other());
        if (against > 0) {
            reading.append("; ").append(against).append(against == 1 ? " value" : " values").append(" that can only be ")
                    .append(order.other().label()).append(" (").append(e.firstProving(order.other()))
                    .append(against == 1 ? ") is" : ") are").append(" rejected");
        }
    }

    private Decision fallback(int column, DateEvidence e) {
        Decision others = otherColumns(column, e);
        if (others != null) {
            return others;
        }
        if (semicolonAndDecimalComma) {
            return new Decision(DateOrder.DAY_FIRST, null, "because the file uses ';' and decimal comma", false);
        }
        if (setting.order() != null) {
            return new Decision(setting.order(), null, "as " + setting.source() + " says", true);
        }
        return e.onlyDotsOrDashes()
                ? new Decision(DateOrder.DAY_FIRST, null, "as d.M.yyyy dates are (no --date-order given)", true)
                : new Decision(DateOrder.MONTH_FIRST, null,
                        "as F&O writes M/d/yyyy (no --date-order given; say --date-order day-first if they are not)", true);
    }

    /** The order the file's other date columns prove, when they agree: those in the same form first. */
    private Decision otherColumns(int column, DateEvidence e) {
        Decision sameForm = agreeing(column, other -> other.usesSlashes() == e.usesSlashes());
        return sameForm != null ? sameForm : agreeing(column, other -> true);
    }

    private Decision agreeing(int column, java.util.function.Predicate<DateEvidence> considered) {
        DateOrder agreed = null;
        String witness = null;
        for (int i = 0; i < stored.size(); i++) {
            DateEvidence other = evidence.get(i);
            if (i == column || other == null || other.proven() == null || !considered.test(other)) {
                continue;
            }
            if (agreed != null && agreed != other.proven()) {
                return null;
            }
            if (agreed == null) {
                agreed = other.proven();
                witness = stored.get(i).header() + ": " + other.firstProving(agreed);
            }
        }
        return agreed == null ? null
                : new Decision(agreed, null, "like the file's other date columns (" + witness + ")", false);
    }
}
