package dev.p2caudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.AuditRun;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Audit runs and their findings, kept in the workspace under the run's id. */
public final class FindingStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };
    private static final String ORDER = FindingSort.DEFAULT.orderBy();

    private final Workspace workspace;

    FindingStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Records the start of a run; returns its id. */
    public long startRun(String toolVersion, String rulesetVersion, String profile, Map<String, String> parameters) {
        try (PreparedStatement ps = workspace.connection().prepareStatement("""
                INSERT INTO audit_run(started_at, tool_version, ruleset_version, profile, parameters)
                VALUES (?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(2, toolVersion);
            ps.setString(3, rulesetVersion);
            ps.setString(4, profile);
            ps.setString(5, JSON.writeValueAsString(new java.util.TreeMap<>(parameters)));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("workspace " + workspace.file() + ": cannot record the audit run: " + e.getMessage(), e);
        }
    }

    /**
     * Records which files a run audited, as they were then: a later re-import does not change what
     * the run's report says it looked at.
     */
    public void recordInputs(long runId, List<ImportRecord> inputs) {
        for (ImportRecord r : inputs) {
            workspace.registry().execute("""
                    INSERT INTO audit_run_input(run_id, import_id, snapshot, table_name, file_name, sha256, rows_loaded,
                      rows_rejected, format, dialect, encoding, delimiter) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                    java.util.Arrays.asList(runId, r.id(), r.snapshot().id(), r.table().id(), r.fileName(), r.sha256(),
                            r.rowsLoaded(), r.rowsRejected(), r.format(), r.dialect().name(), r.encoding(), r.delimiter()));
            for (MappedColumn c : r.columns()) {
                if (c.reading() != null) {
                    workspace.registry().execute("INSERT INTO audit_run_reading(run_id, import_id, position, header, reading)"
                            + " VALUES (?,?,?,?,?)", List.of(runId, r.id(), c.position(), c.header(), c.reading()));
                }
            }
        }
    }

    /** Figures about the run's inputs, for its charts. */
    public void recordStats(long runId, List<RunStat> stats) {
        for (RunStat stat : stats) {
            workspace.registry().execute("INSERT INTO audit_run_stat(run_id, kind, snapshot, label, stat_value) VALUES (?,?,?,?,?)",
                    List.of(runId, stat.kind(), stat.snapshot().id(), stat.label(), stat.value()));
        }
    }

    public List<RunStat> stats(long runId) {
        List<RunStat> stats = new ArrayList<>();
        workspace.registry().forEach("SELECT * FROM audit_run_stat WHERE run_id = ? ORDER BY kind, label, snapshot DESC",
                List.of(runId), row -> stats.add(new RunStat(row.text("kind"), Snapshot.parse(row.text("snapshot")),
                        row.text("label"), row.decimal("stat_value"))));
        return stats;
    }

    /**
     * The files a run audited, as recorded when it ran; their columns are those whose values
     * needed a reading (date order, decimal separator), with it.
     */
    public List<ImportRecord> inputs(long runId) {
        java.util.Map<Long, List<MappedColumn>> readings = new java.util.HashMap<>();
        workspace.registry().forEach("SELECT * FROM audit_run_reading WHERE run_id = ? ORDER BY import_id, position",
                List.of(runId), row -> readings.computeIfAbsent(row.number("import_id"), k -> new ArrayList<>())
                        .add(new MappedColumn((int) row.number("position"), row.text("header"), null, null, null,
                                row.text("reading"))));
        List<ImportRecord> inputs = new ArrayList<>();
        workspace.registry().forEach("SELECT * FROM audit_run_input WHERE run_id = ? ORDER BY snapshot DESC, table_name, file_name",
                List.of(runId), row -> inputs.add(new ImportRecord(row.number("import_id"), Snapshot.parse(row.text("snapshot")),
                        TableKind.fromId(row.text("table_name")).orElseThrow(), row.text("file_name"), row.text("sha256"),
                        row.text("format"), dev.p2caudit.model.Dialect.valueOf(row.text("dialect")), row.text("encoding"),
                        row.text("delimiter"), null, null, readings.getOrDefault(row.number("import_id"), List.of()),
                        row.number("rows_loaded"), row.number("rows_rejected"), null, 0)));
        return inputs;
    }

    /** Adds findings to a run, in one batch. */
    public void add(long runId, List<Finding> findings) {
        try (PreparedStatement ps = workspace.connection().prepareStatement("""
                INSERT INTO finding(run_id, rule, severity, table_name, snapshot, record_key, message, values_json,
                  remediation, waived, waiver_note) VALUES (?,?,?,?,?,?,?,?,?,?,?)""")) {
            for (Finding f : findings) {
                ps.setLong(1, runId);
                ps.setString(2, f.rule());
                ps.setString(3, f.severity().name());
                ps.setString(4, f.table() == null ? null : f.table().id());
                ps.setString(5, f.snapshot() == null ? null : f.snapshot().id());
                ps.setString(6, f.key());
                ps.setString(7, f.message());
                ps.setString(8, FindingRecords.json(f.values()));
                ps.setString(9, f.remediation());
                ps.setBoolean(10, f.waived());
                ps.setString(11, f.waiverNote());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("workspace " + workspace.file() + ": cannot store findings: " + e.getMessage(), e);
        }
    }

    /** Removes a run and its findings (a cancelled audit leaves nothing behind). */
    public void deleteRun(long runId) {
        workspace.registry().execute("DELETE FROM finding WHERE run_id = ?", List.of(runId));
        workspace.registry().execute("DELETE FROM audit_run_input WHERE run_id = ?", List.of(runId));
        workspace.registry().execute("DELETE FROM audit_run_reading WHERE run_id = ?", List.of(runId));
        workspace.registry().execute("DELETE FROM audit_run_stat WHERE run_id = ?", List.of(runId));
        workspace.runRules().delete(runId);
        workspace.registry().execute("DELETE FROM audit_run WHERE id = ?", List.of(runId));
    }

    public void finishRun(long runId) {
        workspace.registry().execute("UPDATE audit_run SET finished_at = ? WHERE id = ?",
                List.of(OffsetDateTime.now(ZoneOffset.UTC), runId));
    }

    /** Every run, newest first. */
    public List<AuditRun> runs() {
        return readRuns("SELECT * FROM audit_run ORDER BY id DESC", List.of());
    }

    public Optional<AuditRun> run(long id) {
        return readRuns("SELECT * FROM audit_run WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** A page of a run's findings, worst first. */
    public List<Finding> page(long runId, long offset, int limit) {
        List<Finding> findings = new ArrayList<>();
        workspace.registry().forEach("SELECT * FROM finding WHERE run_id = ?" + ORDER + " LIMIT ? OFFSET ?",
                List.of(runId, limit, offset), row -> findings.add(read(row)));
        return findings;
    }

    /** All findings of a run, streamed worst first. */
    public void forEach(long runId, java.util.function.Consumer<Finding> each) {
        workspace.registry().forEach("SELECT * FROM finding WHERE run_id = ?" + ORDER, List.of(runId), row -> each.accept(read(row)));
    }

    /** The findings a filter lets through, streamed in the default order. */
    public void forEach(long runId, FindingFilter filter, java.util.function.Consumer<Finding> each) {
        List<Object> params = new ArrayList<>(List.of(runId));
        workspace.registry().forEach("SELECT * FROM finding WHERE " + where(filter, params) + ORDER, params,
                row -> each.accept(read(row)));
    }

    public long count(long runId) {
        return workspace.registry().scalar("SELECT COUNT(*) FROM finding WHERE run_id = ?", List.of(runId));
    }

    /** A page of the findings a filter lets through, in the given order. */
    public List<Finding> page(long runId, FindingFilter filter, FindingSort sort, long offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(runId));
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        List<Finding> findings = new ArrayList<>();
        workspace.registry().forEach("SELECT * FROM finding WHERE " + where + sort.orderBy() + " LIMIT ? OFFSET ?", params,
                row -> findings.add(read(row)));
        return findings;
    }

    public long count(long runId, FindingFilter filter) {
        List<Object> params = new ArrayList<>(List.of(runId));
        return workspace.registry().scalar("SELECT COUNT(*) FROM finding WHERE " + where(filter, params), params);
    }

    /** Counts by rule, severity, table, snapshot and waived: what charts and summaries are made of. */
    public List<FindingCount> counts(long runId) {
        List<FindingCount> counts = new ArrayList<>();
        workspace.registry().forEach("SELECT rule, severity, table_name, snapshot, waived, COUNT(*) AS n FROM finding"
                + " WHERE run_id = ? GROUP BY rule, severity, table_name, snapshot, waived ORDER BY rule", List.of(runId),
                row -> counts.add(new FindingCount(row.text("rule"), Severity.valueOf(row.text("severity")),
                        row.text("table_name") == null ? null : TableKind.fromId(row.text("table_name")).orElseThrow(),
                        row.text("snapshot") == null ? null : Snapshot.parse(row.text("snapshot")),
                        Boolean.TRUE.equals(row.get("waived")), row.number("n"))));
        return counts;
    }

    private static String where(FindingFilter filter, List<Object> params) {
        return FindingRecords.where(filter, params);
    }

    private List<AuditRun> readRuns(String sql, List<?> params) {
        List<AuditRun> runs = new ArrayList<>();
        workspace.registry().forEach(sql, params, row -> runs.add(new AuditRun(row.number("id"),
                instant(row.get("started_at")), instant(row.get("finished_at")), row.text("tool_version"),
                row.text("ruleset_version"), row.text("profile"), parameters(row.text("parameters")))));
        return runs;
    }

    private static Finding read(Sql.Row row) {
        return FindingRecords.read(new FindingRecords.Columns() {
            @Override
            public String text(String column) {
                return row.text(column);
            }

            @Override
            public boolean flag(String column) {
                return Boolean.TRUE.equals(row.get(column));
            }
        });
    }

    private static Map<String, String> parameters(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored audit run has unreadable parameters: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : null;
    }
}
