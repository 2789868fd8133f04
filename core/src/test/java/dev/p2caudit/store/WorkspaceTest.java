package dev.p2caudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.p2caudit.ingest.ChildJvm;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceTest {

    private static final List<MappedColumn> COLUMNS = List.of(
            new MappedColumn(0, "Order ID (Order)", "order_ref", "order_ref", null),
            new MappedColumn(1, "Quantity", "quantity", "quantity", null),
            new MappedColumn(2, "(Do Not Modify) Row Checksum", null, null, "ignored"),
            new MappedColumn(3, "Colour", null, "x_colour", "kept as-is"));

    @TempDir
    Path dir;

    @Test
    void aCommittedImportIsRecordedWithEverythingTheIssueAsksFor() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            ImportRecord record = load(ws, "Order Products.csv", "aa", 3, 1);

            assertThat(ws.file().getFileName().toString()).isEqualTo("audit.mv.db");
            assertThat(record.snapshot()).isEqualTo(Snapshot.PRE);
            assertThat(record.table()).isEqualTo(TableKind.ORDER_LINE);
            assertThat(record.fileName()).isEqualTo("Order Products.csv");
            assertThat(record.sha256()).isEqualTo("aa".repeat(32));
            assertThat(record.dialect()).isEqualTo(Dialect.DISPLAY);
            assertThat(record.columns()).isEqualTo(COLUMNS);
            assertThat(record.rowsLoaded()).isEqualTo(3);
            assertThat(record.rowsRejected()).isEqualTo(1);
            assertThat(record.importedAt()).isNotNull();
            assertThat(ws.imports().rejections(record.id())).singleElement()
                    .extracting(RejectedRow::reason).isEqualTo("bad");
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).page(0, 10))
                    .extracting(r -> r.get("x_colour")).containsExactly("red", "red", "red");
        }
    }

    @Test
    void aVersionOneWorkspaceIsUpgradedWhenOpenedAndKeepsItsImports() throws Exception {
        // Written by the version before column readings, date orders and 'mixed' decimals (fixtures/legacy).
        Path old = LegacyWorkspaceTest.copyOfLegacyWorkspace(dir);

        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.registry().query("SELECT v FROM ws_meta WHERE k = 'schema_version'", List.of()).get(0).text("v"))
                    .isEqualTo(String.valueOf(WorkspaceSchema.VERSION));
            assertThat(ws.imports().all()).hasSize(4).allSatisfy(r -> assertThat(r.columns()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.reading()).isNull()));
            ImportRecord mixed = ws.beginImport(new ImportPlan(Snapshot.POST, TableKind.ORDER_LINE, "Mixed.csv",
                    "bb".repeat(32), "csv", Dialect.DISPLAY, "UTF-8", ",", "mixed", "file name",
                    List.of(new MappedColumn(0, "Quantity", "quantity", "quantity", null, "decimal point: 2.5 on line 2")),
                    "auto")).commit(1);
            assertThat(mixed.decimalSeparator()).isEqualTo("mixed");
            assertThat(mixed.dateOrder()).isEqualTo("auto");
            assertThat(mixed.columns().get(0).reading()).isEqualTo("decimal point: 2.5 on line 2");
        }
    }

    @Test
    void aWorkspaceANewerVersionWroteIsRefusedAndLeftAsItWas() {
        try (Workspace ws = Workspace.open(dir.resolve("newer"))) {
            ws.registry().execute("UPDATE ws_meta SET v = '99' WHERE k = 'schema_version'", List.of());
        }

        assertThatThrownBy(() -> Workspace.open(dir.resolve("newer"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("written by a newer P2C Auditor (workspace schema 99; this version reads up to 2)");
        assertThatThrownBy(() -> Workspace.open(dir.resolve("newer"))).as("the file lock was released")
                .hasMessageContaining("newer P2C Auditor");
    }

    @Test
    void reimportingTheSameFileReplacesItInsteadOfDoublingIt() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products.csv", "aa", 3, 1);
            load(ws, "Order Products.csv", "bb", 5, 0);
            load(ws, "Order Products copy.csv", "bb", 5, 0);

            assertThat(ws.imports().all()).singleElement().satisfies(r -> {
                assertThat(r.fileName()).isEqualTo("Order Products copy.csv");
                assertThat(r.rowsLoaded()).isEqualTo(5);
            });
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(5);
        }
    }

    @Test
    void twoFilesOfOneTableLiveSideBySide() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products 1.xlsx", "aa", 3, 0);
            load(ws, "Order Products 2.xlsx", "bb", 4, 0);

            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(7);
        }
    }

    @Test
    void anImportClosedWithoutCommitLeavesNoRowAndNoRecordEvenAfterCommittedChunks() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products.csv", "aa", 3, 0);
            try (ImportSession session = ws.beginImport(plan("Order Products.csv", "cc"))) {
                for (int i = 0; i < 120_000; i++) {
                    session.addRow(i + 2, new Object[] {"ORD-" + i, BigDecimal.ONE, "blue"});
                }
            }

            assertThat(ws.imports().all()).singleElement().extracting(ImportRecord::sha256).isEqualTo("aa".repeat(32));
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(3);
        }
    }

    /**
     * A kill -9 at each moment of an import: rows appended, the rows' data commit done but the
     * record not yet published, the record published but the rows it replaced not yet deleted.
     * The workspace opens each time with exactly the published imports and their rows.
     */
    @ParameterizedTest
    @CsvSource({
        "rows-appended,  Order Products.csv, 3",
        "data-committed, Order Products.csv, 3",
        // the replacement of Order Products.csv (5 rows) is published: its rows count, the replaced ones not
        "published,      Order Products.csv, 5"})
    void anImportKilledAtAnyMomentLeavesExactlyWhatWasPublished(String moment, String file, long rows) throws Exception {
        Path workspace = dir.resolve("audit");
        killAt(workspace, CrashMidImport.class, moment);

        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.imports().all()).singleElement().satisfies(r -> {
                assertThat(r.fileName()).isEqualTo(file);
                assertThat(r.rowsLoaded()).isEqualTo(rows);
            });
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(rows);
            assertThat(ws.sql().scalar("SELECT COUNT(DISTINCT import_id) FROM pre_order_line", List.of())).isOne();
            // and a re-import works as on any workspace
            load(ws, "Order Products 3.csv", "ee", 4, 0);
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(rows + 4);
        }
    }

    @Test
    void theWorkingTablesOfAProcessKilledMidAuditAreGoneWhenTheWorkspaceOpensAgain() throws Exception {
        Path workspace = dir.resolve("audit");
        killAt(workspace, CrashWithWorkingTables.class, "working tables");

        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.sql().scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'w\\_%'"
                    + " ESCAPE '\\'", List.of())).isZero();
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(3);
        }
    }

    /** Starts the child, waits until it says it reached {@code moment}, and kills it (kill -9). */
    private static void killAt(Path workspace, Class<?> child, String moment) throws Exception {
        Process process = ChildJvm.start(List.of(), child, workspace.toString(), moment);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder printed = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals(moment)) {
            printed.append(line).append('\n');
        }
        assertThat(line).as("the child reached %s; it printed: %s", moment, printed).isEqualTo(moment);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSecondProcessIsToldTheWorkspaceIsInUse() throws Exception {
        Path file = dir.resolve("audit");
        try (Workspace ws = Workspace.open(file)) {
            Process child = ChildJvm.start(List.of(), TryToOpen.class, file.toString());
            String output = ChildJvm.outputOf(child, 30).trim();

            assertThat(output).startsWith("workspace " + ws.file() + " is in use by another program");
            assertThat(child.exitValue()).isEqualTo(3);
        }
    }

    /** The desktop app opens its workspace twice (a reader for the lane aside): both share one DuckDB. */
    @Test
    void aWorkspaceOpenedTwiceInOneProcessSharesItsStore() {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products.csv", "aa", 3, 0);
            ws.workTables().create("w_lines", "SELECT row_id FROM pre_order_line", List.of());
            try (Workspace reader = Workspace.open(dir.resolve("audit"))) {
                assertThat(reader.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(3);
                assertThat(reader.sql().scalar("SELECT COUNT(*) FROM w_lines", List.of())).isEqualTo(3);
            }
            load(ws, "Order Products 2.csv", "bb", 2, 0);
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(5);
        }
    }

    @Test
    void aWorkspaceWhoseDataFileWentMissingSaysSoInOneLine() throws Exception {
        Path data;
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products.csv", "aa", 3, 0);
            data = ws.dataFile();
        }
        Files.delete(data);

        assertThatThrownBy(() -> Workspace.open(dir.resolve("audit"))).isInstanceOf(StoreException.class)
                .hasMessage("workspace " + dir.resolve("audit.mv.db") + ": its data file audit.duckdb is missing;"
                        + " put it back beside the workspace, or import the files into a new workspace");
    }

    @Test
    void deletingAWorkspaceDeletesItsDataFileToo() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("audit"))) {
            load(ws, "Order Products.csv", "aa", 3, 0);
        }
        Workspace.delete(dir.resolve("audit"));

        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "these are my notes, not an H2 database ".repeat(200));

        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a P2C Auditor workspace");
    }

    static ImportRecord load(Workspace ws, String name, String sha, int rows, int rejected) {
        try (ImportSession session = ws.beginImport(plan(name, sha))) {
            for (int i = 0; i < rows; i++) {
                session.addRow(i + 2, new Object[] {"ORD-" + i, new BigDecimal("1.5"), "red"});
            }
            for (int i = 0; i < rejected; i++) {
                session.reject(new RejectedRow(name, 100 + i, 2, "Quantity", "bad", "x"));
            }
            return session.commit(5);
        }
    }

    static ImportPlan plan(String name, String sha) {
        return new ImportPlan(Snapshot.PRE, TableKind.ORDER_LINE, name, sha.repeat(32), "csv", Dialect.DISPLAY,
                "UTF-8", ",", ".", "file name", COLUMNS);
    }

    /**
     * Child process: one good import, then an import that stops at the moment named in args[1]
     * and waits to be killed. At "published" the second import replaces the first (same name).
     */
    public static final class CrashMidImport {
        public static void main(String[] args) {
            Workspace ws = Workspace.open(Path.of(args[0]));
            String moment = args[1];
            load(ws, "Order Products.csv", "aa", 3, 0);
            boolean replacing = moment.equals("published");
            ImportSession session = ws.beginImport(plan(replacing ? "Order Products.csv" : "Order Products 2.csv", "dd"));
            int rows = replacing ? 5 : 110_000;
            for (int i = 0; i < rows; i++) {
                session.addRow(i + 2, new Object[] {"ORD-" + i, BigDecimal.ONE, "green"});
            }
            if (!moment.equals("rows-appended")) {
                session.commitData();
            }
            if (replacing) {
                session.publish(5);
            }
            waitToBeKilled(moment);
        }
    }

    /** Child process: one import, then working tables of an audit that never ends. */
    public static final class CrashWithWorkingTables {
        public static void main(String[] args) {
            Workspace ws = Workspace.open(Path.of(args[0]));
            load(ws, "Order Products.csv", "aa", 3, 0);
            ws.workTables().create("w_keys", "SELECT row_id AS rid, order_ref AS k FROM pre_order_line", List.of());
            ws.workTables().create("w_pairs", "SELECT rid AS pre_rid, rid AS post_rid FROM w_keys", List.of());
            waitToBeKilled(args[1]);
        }
    }

    private static void waitToBeKilled(String moment) {
        System.out.println(moment);
        System.out.flush();
        while (true) {
            Thread.onSpinWait();
        }
    }

    /** Child process: try to open a workspace another process holds. */
    public static final class TryToOpen {
        public static void main(String[] args) {
            try (Workspace ws = Workspace.open(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (WorkspaceInUseException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
