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
        long id;
        try (Workspace ws = Workspace.open(dir.resolve("old"))) {
            id = load(ws, "Order Products.csv", "aa", 3, 1).id();
            ws.sql().execute("ALTER TABLE import_column DROP COLUMN reading", List.of());
            ws.sql().execute("ALTER TABLE import_file DROP COLUMN date_order", List.of());
            ws.sql().execute("ALTER TABLE import_file ALTER COLUMN decimal_separator SET DATA TYPE VARCHAR(4)", List.of());
            ws.sql().execute("UPDATE ws_meta SET v = '1' WHERE k = 'schema_version'", List.of());
        }

        try (Workspace ws = Workspace.open(dir.resolve("old"))) {
            assertThat(ws.imports().find(id)).hasValueSatisfying(r -> assertThat(r.columns()).isEqualTo(COLUMNS));
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
            ws.sql().execute("UPDATE ws_meta SET v = '99' WHERE k = 'schema_version'", List.of());
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

    @Test
    void rowsOfAnImportACrashInterruptedAreGoneWhenTheWorkspaceOpensAgain() throws Exception {
        Path file = dir.resolve("audit");
        Process child = ChildJvm.start(List.of(), CrashMidImport.class, file.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("chunks committed")) {
            // wait for the child to have committed rows of its unfinished import
        }
        assertThat(line).isEqualTo("chunks committed");
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.imports().all()).extracting(ImportRecord::fileName).containsExactly("Order Products.csv");
            assertThat(ws.rows(Snapshot.PRE, TableKind.ORDER_LINE).count()).isEqualTo(3);
        }
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

    /** Child process: one good import, then an import that dies after committing chunks. */
    public static final class CrashMidImport {
        public static void main(String[] args) {
            Workspace ws = Workspace.open(Path.of(args[0]));
            load(ws, "Order Products.csv", "aa", 3, 0);
            ImportSession session = ws.beginImport(plan("Order Products 2.csv", "dd"));
            for (int i = 0; i < 110_000; i++) {
                session.addRow(i + 2, new Object[] {"ORD-" + i, BigDecimal.ONE, "green"});
            }
            System.out.println("chunks committed");
            System.out.flush();
            while (true) {
                Thread.onSpinWait();
            }
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
