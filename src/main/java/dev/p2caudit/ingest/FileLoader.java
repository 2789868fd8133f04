package dev.p2caudit.ingest;

import dev.p2caudit.ingest.TableDetector.Detection;
import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ExcelReaderException;

/**
 * Reads one file from end to end: facts, format, table, header mapping, decimal style per
 * column, then every row typed or rejected, handed to a {@link Sink}. Inspecting and importing
 * are the same walk with different sinks, so {@code inspect} reports exactly what {@code import}
 * would load.
 */
final class FileLoader {

    /** Receives the plan, then the rows and rejections, in file order. */
    interface Sink {
        void begin(ImportPlan plan);

        void row(long line, Object[] values);

        void reject(RejectedRow row);
    }

    /** Rows looked at before deciding each column's decimal separator. */
    private static final int SAMPLE_ROWS = 1_000;

    private final TableDetector detector;
    private final HeaderMapper mapper;

    FileLoader() {
        HeaderCatalog catalog = HeaderCatalog.standard();
        this.detector = new TableDetector(catalog);
        this.mapper = new HeaderMapper(catalog);
    }

    FileReport load(Path file, Snapshot snapshot, TableKind named, Sink sink) {
        ReportDraft draft = new ReportDraft(file.getFileName().toString());
        FileFacts facts;
        try {
            facts = FileFacts.scan(file);
        } catch (IOException e) {
            return draft.problem("cannot read the file: " + e.getMessage()).build();
        }
        draft.sha256 = facts.sha256();
        if (facts.format() == FileFacts.Format.EMPTY) {
            return draft.problem("the file is empty").build();
        }
        if (facts.format() == FileFacts.Format.XLS) {
            return draft.problem("this is an Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV").build();
        }
        try (RowSource source = open(file, facts)) {
            draft.describe(source);
            return read(source, draft, snapshot, named, sink);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            String where = draft.lastLine > 0 ? " after line " + draft.lastLine : "";
            return draft.problem("the file cannot be read" + where + ": " + messageOf(e)).build();
        }
    }

    private FileReport read(RowSource source, ReportDraft draft, Snapshot snapshot, TableKind named, Sink sink)
            throws IOException {
        List<String> header = source.header();
        if (header.isEmpty()) {
            return draft.problem("no header row: the file has no line with column names").build();
        }
        Detection detection = named != null ? Detection.found(named, "named by the user")
                : detector.detect(draft.file, header, snapshot);
        draft.tableReason = detection.reason();
        if (detection.table().isEmpty()) {
            draft.problem("cannot tell which table this is: " + detection.reason());
            countRows(source, draft);
            return draft.build();
        }
        TableKind table = detection.table().get();
        draft.table = table.id();
        HeaderMapping mapping = mapper.map(table, header, snapshot);
        draft.dialect = mapping.dialect();
        List<RawRow> sample = readSample(source);
        DecimalStyle fileDefault = ";".equals(source.delimiter()) ? DecimalStyle.COMMA : DecimalStyle.POINT;
        ColumnStyles styles = ColumnStyles.decide(table, mapping.stored(), sample, fileDefault);
        draft.columns = styles.annotate(mapping.columns());
        draft.decimalSeparator = styles.summary();
        RowConverter converter = new RowConverter(draft.file, header, mapping.stored(),
                styles.parsers(), source.fixedWidth());
        sink.begin(new ImportPlan(snapshot, table, draft.file, draft.sha256, source.format(), mapping.dialect(),
                source.encodingLabel(), source.delimiter(), draft.decimalSeparator, draft.tableReason, draft.columns));
        for (RawRow row : sample) {
            feed(converter.convert(row), row, draft, sink);
        }
        for (RawRow row = source.next(); row != null; row = source.next()) {
            feed(converter.convert(row), row, draft, sink);
        }
        return draft.build();
    }

    private static void feed(RowConverter.Converted converted, RawRow row, ReportDraft draft, Sink sink) {
        draft.rows++;
        draft.lastLine = row.line();
        if (converted.rejection() != null) {
            draft.reject(converted.rejection());
            sink.reject(converted.rejection());
        } else {
            sink.row(row.line(), converted.values());
        }
    }

    private static List<RawRow> readSample(RowSource source) throws IOException {
        List<RawRow> sample = new ArrayList<>();
        for (RawRow row = source.next(); row != null; row = source.next()) {
            sample.add(row);
            if (sample.size() == SAMPLE_ROWS) {
                break;
            }
        }
        return sample;
    }

    private static void countRows(RowSource source, ReportDraft draft) throws IOException {
        for (RawRow row = source.next(); row != null; row = source.next()) {
            draft.rows++;
            draft.lastLine = row.line();
        }
    }

    private static RowSource open(Path file, FileFacts facts) throws IOException {
        return facts.format() == FileFacts.Format.XLSX ? XlsxRowSource.open(file)
                : CsvRowSource.open(file, facts.encoding());
    }

    private static String messageOf(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName());
        return message.lines().findFirst().orElse(message);
    }

    /** The report as it fills up. */
    private static final class ReportDraft {
        final String file;
        String table;
        String tableReason;
        String format;
        String sha256;
        String encoding;
        String delimiter;
        String decimalSeparator;
        Dialect dialect = Dialect.UNKNOWN;
        List<MappedColumn> columns = List.of();
        long rows;
        long rejected;
        long lastLine;
        final List<String> problems = new ArrayList<>();
        final List<RejectedRow> rejections = new ArrayList<>();

        ReportDraft(String file) {
            this.file = file;
        }

        void describe(RowSource source) {
            format = source.format();
            encoding = source.encodingLabel();
            delimiter = source.delimiter();
        }

        ReportDraft problem(String problem) {
            problems.add(problem);
            return this;
        }

        void reject(RejectedRow row) {
            rejected++;
            if (rejections.size() < FileReport.MAX_LISTED) {
                rejections.add(row);
            }
        }

        FileReport build() {
            return new FileReport(file, table, tableReason, format, sha256, encoding, delimiter, decimalSeparator,
                    dialect, columns, rows, rejected, problems, rejections);
        }
    }

    /** Only number columns have a decimal style; text columns do not care. */
    static boolean isNumeric(ColumnDef column) {
        return column.type() == ColumnType.DECIMAL || column.type() == ColumnType.INTEGER;
    }
}
