package dev.p2caudit.ingest;

import dev.p2caudit.ingest.TableDetector.Detection;
import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.DateOrderSetting;
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
 * Reads one file from end to end: facts, format, table, header mapping, how each column's values
 * are read (decimal separator, date order), then every row typed or rejected, handed to a
 * {@link Sink}. Inspecting and importing are the same walk with different sinks, so
 * {@code inspect} reports exactly what {@code import} would load.
 *
 * <p>A column's date order and decimal separator are decided from all its values, so a value
 * late in the file can still decide how an early one reads. The file is therefore read twice when
 * it is longer than the first {@value #SAMPLE_ROWS} rows: a survey pass that only looks at the
 * date and number cells, then the pass that converts. Buffering the rows instead would hold the
 * whole file in memory (a million order lines is about a gigabyte of strings, the benchmark's
 * whole heap); the second read costs about a tenth of an import (bench import, docs/performance.md),
 * and a file that fits in the first rows is read once.
 */
final class FileLoader {

    /** Receives the plan, then the rows and rejections, in file order. */
    interface Sink {
        void begin(ImportPlan plan);

        void row(long line, Object[] values);

        void reject(RejectedRow row);
    }

    /** Rows kept in memory, so that a file no longer than this is read once. */
    private static final int SAMPLE_ROWS = 1_000;

    private final TableDetector detector;
    private final HeaderMapper mapper;
    private final DateOrderSetting dateOrder;

    FileLoader(DateOrderSetting dateOrder) {
        HeaderCatalog catalog = HeaderCatalog.standard();
        this.detector = new TableDetector(catalog);
        this.mapper = new HeaderMapper(catalog);
        this.dateOrder = dateOrder;
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
            return read(file, facts, source, draft, snapshot, named, sink);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            String where = draft.lastLine > 0 ? " after line " + draft.lastLine : "";
            return draft.problem("the file cannot be read" + where + ": " + messageOf(e)).build();
        }
    }

    private FileReport read(Path file, FileFacts facts, RowSource source, ReportDraft draft, Snapshot snapshot,
                            TableKind named, Sink sink) throws IOException {
        List<String> header = source.header();
        if (header.isEmpty()) {
            return draft.problem("no header row: the file has no line with column names").build();
        }
        List<String> logicalNames = source.logicalNames();
        Detection detection = named != null ? Detection.found(named, "named by the user")
                : detector.detect(draft.file, withLogicalNames(header, logicalNames), snapshot);
        draft.tableReason = detection.reason();
        if (detection.table().isEmpty()) {
            draft.problem("cannot tell which table this is: " + detection.reason());
            countRows(source, draft);
            return draft.build();
        }
        TableKind table = detection.table().get();
        draft.table = table.id();
        List<RawRow> sample = readSample(source);
        HeaderMapping mapping = mapper.map(table, header, logicalNames, sample, snapshot);
        draft.dialect = mapping.dialect();
        List<ColumnDef> definitions = ColumnReadings.definitions(table, mapping.stored());
        ValueSurvey survey = new ValueSurvey(mapping.stored(), definitions);
        sample.forEach(survey::observe);
        boolean wholeFileInSample = sample.size() < SAMPLE_ROWS;
        if (!wholeFileInSample && survey.needed()) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                survey.observe(row);
            }
        }
        ColumnReadings readings = ColumnReadings.decide(mapping.stored(), definitions, survey, source.delimiter(),
                dateOrder);
        draft.columns = readings.annotate(mapping.columns());
        draft.decimalSeparator = readings.summary();
        RowConverter converter = new RowConverter(draft.file, header, mapping.stored(),
                readings.parsers(), source.fixedWidth());
        sink.begin(new ImportPlan(snapshot, table, draft.file, draft.sha256, source.format(), mapping.dialect(),
                source.encodingLabel(), source.delimiter(), draft.decimalSeparator, draft.tableReason, draft.columns,
                readings.dateOrderUsed(dateOrder)));
        for (RawRow row : sample) {
            feed(converter.convert(row), row, draft, sink);
        }
        if (wholeFileInSample || !survey.needed()) {
            convertRest(source, converter, draft, sink);
        } else {
            try (RowSource again = source instanceof XlsxRowSource workbook ? workbook.reopen() : open(file, facts)) {
                skip(again, sample.size());
                convertRest(again, converter, draft, sink);
            }
        }
        return draft.build();
    }

    /**
     * The headers for telling the table: each one's logical name where a workbook's hidden sheet
     * gives it (a localised {@code Kontoname} is {@code name}), the header itself otherwise and for
     * the {@code (Do Not Modify) <Table>} column, which names the table by itself.
     */
    private static List<String> withLogicalNames(List<String> header, List<String> logicalNames) {
        List<String> out = new ArrayList<>(header);
        for (int i = 0; i < out.size() && i < logicalNames.size(); i++) {
            if (logicalNames.get(i) != null && HeaderText.doNotModifyTarget(out.get(i)).isEmpty()) {
                out.set(i, logicalNames.get(i));
            }
        }
        return out;
    }

    private static void convertRest(RowSource source, RowConverter converter, ReportDraft draft, Sink sink)
            throws IOException {
        for (RawRow row = source.next(); row != null; row = source.next()) {
            feed(converter.convert(row), row, draft, sink);
        }
    }

    /** The second pass starts after the rows already converted from memory. */
    private static void skip(RowSource source, int rows) throws IOException {
        for (int i = 0; i < rows && source.next() != null; i++) {
            // skipped: converted from the sample
        }
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

}
