package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.DateOrderSetting;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How each stored column's values are read, decided from the survey of all of them: the decimal
 * separator of number columns, the order of date columns, and for each the reading (decision and
 * evidence) that inspect, the import log and the report show. Then the parsers that read so.
 */
final class ColumnReadings {

    private final List<MappedColumn> stored;
    private final List<ColumnDef> definitions;
    private final List<DecimalStyle> styles;
    private final List<DateOrders.Decision> dates;
    private final List<String> readings;
    private final DecimalStyle fileDefault;

    private ColumnReadings(List<MappedColumn> stored, List<ColumnDef> definitions, List<DecimalStyle> styles,
                           List<DateOrders.Decision> dates, List<String> readings, DecimalStyle fileDefault) {
        this.stored = stored;
        this.definitions = definitions;
        this.styles = styles;
        this.dates = dates;
        this.readings = readings;
        this.fileDefault = fileDefault;
    }

    /** Each stored column's definition: its canonical one, or text for a column kept as-is. */
    static List<ColumnDef> definitions(TableKind table, List<MappedColumn> stored) {
        return stored.stream().map(c -> c.isCanonical() ? table.column(c.canonical()).orElseThrow()
                : ColumnDef.text(c.storedAs())).toList();
    }

    /** @param delimiter the CSV delimiter, or {@code null} for a workbook */
    static ColumnReadings decide(List<MappedColumn> stored, List<ColumnDef> definitions, ValueSurvey survey,
                                 String delimiter, DateOrderSetting setting) {
        DecimalStyle fileDefault = ";".equals(delimiter) ? DecimalStyle.COMMA : DecimalStyle.POINT;
        List<DecimalStyle> styles = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        List<DateEvidence> dateEvidence = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            DecimalEvidence numbers = survey.decimals(i);
            styles.add(numbers == null ? fileDefault : numbers.decide(fileDefault));
            readings.add(numbers == null ? null : decimalReading(numbers, styles.get(i), fileDefault, delimiter));
            dateEvidence.add(survey.dates(i));
        }
        boolean semicolonAndComma = ";".equals(delimiter)
                && summary(definitions, styles, fileDefault).equals(DecimalStyle.COMMA.separator());
        List<DateOrders.Decision> dates = new DateOrders(stored, dateEvidence, semicolonAndComma, setting).decide();
        for (int i = 0; i < stored.size(); i++) {
            if (dates.get(i) != null) {
                readings.set(i, dates.get(i).reading());
            }
        }
        return new ColumnReadings(stored, definitions, styles, dates, readings, fileDefault);
    }

    /** {@code decimal comma: 12,5 on line 3}, with the values read otherwise or by the column's style. */
    private static String decimalReading(DecimalEvidence e, DecimalStyle style, DecimalStyle fileDefault,
                                         String delimiter) {
        DecimalStyle other = style == DecimalStyle.COMMA ? DecimalStyle.POINT : DecimalStyle.COMMA;
        StringBuilder r = new StringBuilder();
        if (e.count(style) > 0) {
            r.append(style.description()).append(": ").append(e.first(style));
            if (e.count(style) > 1) {
                r.append(" and ").append(e.count(style) - 1).append(" more");
            }
        } else if (e.ambiguous() > 0 || e.count(other) > 0) {
            r.append(style.description()).append(", the default of ")
                    .append(delimiter == null ? "workbooks" : "'" + delimiter + "'-delimited files")
                    .append(e.count(other) > 0 ? " (as many values written each way)" : "");
        } else {
            return null;
        }
        if (e.count(other) > 0) {
            r.append("; ").append(e.count(other)).append(e.count(other) == 1 ? " value" : " values")
                    .append(" written with a ").append(other.description()).append(" (").append(e.first(other))
                    .append(") read as written");
        }
        if (e.ambiguous() > 0) {
            r.append("; ").append(e.ambiguous()).append(e.ambiguous() == 1 ? " value" : " values")
                    .append(e.ambiguous() == 1 ? " that fits both (" : " that fit both (").append(e.firstAmbiguous()).append(") read with a ")
                    .append(style.description());
        }
        return r.toString();
    }

    List<CellParser> parsers() {
        List<CellParser> parsers = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            parsers.add(CellParsers.forColumn(definitions.get(i), styles.get(i), dates.get(i)));
        }
        return parsers;
    }

    /** {@code .} or {@code ,} when every decimal column agrees, else {@code mixed}. */
    String summary() {
        return summary(definitions, styles, fileDefault);
    }

    private static String summary(List<ColumnDef> definitions, List<DecimalStyle> styles, DecimalStyle fileDefault) {
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i).type() == ColumnType.DECIMAL) {
                used.add(styles.get(i).separator());
            }
        }
        if (used.isEmpty()) {
            return fileDefault.separator();
        }
        return used.size() == 1 ? used.iterator().next() : "mixed";
    }

    /**
     * The setting's label when a date column's order came from it (or from the convention, without
     * one), else {@code null}: then the file reads the same whatever the setting says.
     */
    String dateOrderUsed(DateOrderSetting setting) {
        return dates.stream().anyMatch(d -> d != null && d.fromSetting()) ? setting.label() : null;
    }

    /** Every column of the mapping, the stored ones with how their values are read. */
    List<MappedColumn> annotate(List<MappedColumn> all) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn column : all) {
            int i = stored.indexOf(column);
            out.add(i >= 0 && readings.get(i) != null ? column.withReading(readings.get(i)) : column);
        }
        return out;
    }
}
