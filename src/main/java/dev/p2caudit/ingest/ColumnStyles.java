package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The decimal style of each stored number column, decided from a sample of rows, and its parsers. */
final class ColumnStyles {

    private final List<MappedColumn> stored;
    private final List<ColumnDef> definitions;
    private final List<DecimalStyle> styles;
    private final DecimalStyle fileDefault;

    private ColumnStyles(List<MappedColumn> stored, List<ColumnDef> definitions, List<DecimalStyle> styles,
                         DecimalStyle fileDefault) {
        this.stored = stored;
        this.definitions = definitions;
        this.styles = styles;
        this.fileDefault = fileDefault;
    }

    static ColumnStyles decide(TableKind table, List<MappedColumn> stored, List<RawRow> sample,
                               DecimalStyle fileDefault) {
        List<ColumnDef> definitions = new ArrayList<>();
        List<DecimalStyle> styles = new ArrayList<>();
        for (MappedColumn column : stored) {
            ColumnDef def = column.isCanonical() ? table.column(column.canonical()).orElseThrow()
                    : ColumnDef.text(column.storedAs());
            definitions.add(def);
            styles.add(FileLoader.isNumeric(def) ? detect(column.position(), sample, fileDefault) : fileDefault);
        }
        return new ColumnStyles(stored, definitions, styles, fileDefault);
    }

    private static DecimalStyle detect(int position, List<RawRow> sample, DecimalStyle fileDefault) {
        DecimalStyleDetector detector = new DecimalStyleDetector();
        for (RawRow row : sample) {
            if (row.malformed() == null && position < row.values().length && !row.isExactNumber(position)) {
                detector.sample(row.values()[position] == null ? "" : row.values()[position]);
            }
        }
        return detector.decide(fileDefault);
    }

    List<CellParser> parsers() {
        List<CellParser> parsers = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            parsers.add(CellParsers.forColumn(definitions.get(i), styles.get(i)));
        }
        return parsers;
    }

    /** {@code .} or {@code ,} when every decimal column agrees, else {@code mixed}. */
    String summary() {
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

    /** Notes a decimal comma on the columns read with one, so a mixed file shows which. */
    List<MappedColumn> annotate(List<MappedColumn> all) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn column : all) {
            int i = stored.indexOf(column);
            boolean comma = i >= 0 && definitions.get(i).type() == ColumnType.DECIMAL
                    && styles.get(i) == DecimalStyle.COMMA;
            out.add(comma ? new MappedColumn(column.position(), column.header(), column.canonical(), column.storedAs(),
                    column.note() == null ? "decimal comma" : column.note() + "; decimal comma") : column);
        }
        return out;
    }
}
