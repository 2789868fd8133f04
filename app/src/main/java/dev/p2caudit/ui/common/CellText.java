package dev.p2caudit.ui.common;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How stored values read on screen: exact decimals, ISO dates, option sets with their labels. */
public final class CellText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CellText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : DATE_TIME.format(t);
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        return value.toString();
    }

    /** A stored value of a table's column: option set codes read {@code 3 Customer}. */
    public static String of(TableKind table, String column, Object value) {
        Optional<ColumnDef> def = table.column(column);
        if (value instanceof Number code && def.isPresent() && def.get().optionSet() != null) {
            return def.get().optionSet().labelOf(code.intValue()).map(label -> code + " " + label)
                    .orElse(code.toString());
        }
        return of(value);
    }

    /** {@code 1,234,567}. */
    public static String count(long n) {
        return String.format("%,d", n);
    }
}
