package dev.p2caudit.generate;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How an export turns values into text: the date form, the decimal separator, and whether
 * option sets, yes/no and languages are written as codes (Dataverse logical-name exports) or
 * labels (Excel, F&amp;O).
 *
 * @param dates   the date form
 * @param decimal {@code .} or {@code ,}
 * @param codes   codes instead of labels
 */
record TextStyle(Dates dates, char decimal, boolean codes) {

    /** Date forms seen in exports. */
    enum Dates {
        /** Dataverse: {@code 2020-03-27T00:00:00Z}. */
        ISO_UTC(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)),
        /** A European Excel: {@code 27.03.2020 14:05}. */
        DOTTED(DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm", Locale.ROOT)),
        /** F&amp;O data management: {@code 8/25/2020 13:03}; no date is {@code 1/1/1900}. */
        FNO(DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ROOT));

        private final DateTimeFormatter format;

        Dates(DateTimeFormatter format) {
            this.format = format;
        }
    }

    static final TextStyle LOGICAL = new TextStyle(Dates.ISO_UTC, '.', true);
    static final TextStyle FNO = new TextStyle(Dates.FNO, '.', false);
    static final TextStyle FNO_EUROPEAN = new TextStyle(Dates.FNO, ',', false);
    static final TextStyle DISPLAY = new TextStyle(Dates.DOTTED, '.', false);
    static final TextStyle DISPLAY_EUROPEAN = new TextStyle(Dates.DOTTED, ',', false);

    private static final Map<String, Integer> LANGUAGE_CODES = Map.of(
            "en-us", 192350015, "en-gb", 192350009, "de", 192350004, "fr", 192350021);
    private static final LocalDateTime FNO_NO_DATE = LocalDateTime.of(1900, 1, 1, 0, 0);

    /** A canonical column's value as this export writes it. */
    String format(ColumnDef column, Object value) {
        if (value == null) {
            return column.type() == ColumnType.TIMESTAMP && dates == Dates.FNO ? dates.format.format(FNO_NO_DATE) : "";
        }
        return switch (column.type()) {
            case BOOLEAN -> codes ? value.toString() : (Boolean) value ? "Yes" : "No";
            case OPTION -> codes ? value.toString() : column.optionSet().labelOf((Integer) value).orElseThrow();
            case LANGUAGE -> codes && LANGUAGE_CODES.containsKey(value) ? LANGUAGE_CODES.get(value).toString()
                    : value.toString();
            default -> format(value);
        };
    }

    /** A value without a column definition: text, number or date. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            String plain = number.toPlainString();
            return decimal == '.' ? plain : plain.replace('.', decimal);
        }
        if (value instanceof LocalDateTime time) {
            return dates.format.format(time);
        }
        return value.toString();
    }
}
