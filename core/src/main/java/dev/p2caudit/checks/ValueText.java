package dev.p2caudit.checks;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/** How a stored value reads in a finding: option labels, yes/no, plain decimals, ISO dates. */
final class ValueText {

    private ValueText() {
    }

    static String of(TableKind table, String column, Object value) {
        if (value == null) {
            return "";
        }
        Optional<ColumnDef> def = table == null ? Optional.empty() : table.column(column);
        if (def.isPresent() && def.get().type() == ColumnType.OPTION && value instanceof Number code) {
            return def.get().optionSet().labelOf(code.intValue()).orElse(code.toString());
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return value.toString();
    }
}
