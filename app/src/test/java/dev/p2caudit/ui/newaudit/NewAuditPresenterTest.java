package dev.p2caudit.ui.newaudit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.ui.run.AuditJob;
import dev.p2caudit.ui.session.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewAuditPresenterTest {

    @TempDir
    Path dir;
    private final FakeView view = new FakeView();
    private final List<Object> started = new ArrayList<>();
    private NewAuditPresenter presenter;

    @BeforeEach
    void open() {
        presenter = new NewAuditPresenter(view, Background.direct(), new NewAuditActions() {
            @Override
            public void importAndAudit(AuditJob.Inputs inputs, Path workspace) {
                started.add(inputs);
                started.add(workspace);
            }

            @Override
            public void back() {
                started.add("back");
            }
        });
        presenter.start(null);
    }

    @Test
    void foldersBecomeTheirFilesEachInspectedBeforeAnythingIsImported() {
        presenter.add(Snapshot.PRE, List.of(Path.of("sample-data/pre")));
        presenter.add(Snapshot.POST, List.of(Path.of("sample-data/post")));

        assertThat(view.rows).hasSize(18).noneMatch(InputRow::inspecting).allMatch(InputRow::loadable);
        InputRow lines = row("CDS sales order lines.csv");
        assertThat(lines.snapshot()).isEqualTo(Snapshot.POST);
        assertThat(lines.table()).contains(TableKind.ORDER_LINE);
        assertThat(lines.report().encoding()).startsWith("UTF-16");
        assertThat(row("Quote Products.tsv").report().delimiter()).isEqualTo("\t");
        assertThat(row("Order Products.csv").status()).isEqualTo("ready; 2 rows will be rejected");
        assertThat(view.workspace.getParent()).isEqualTo(Path.of("sample-data").toAbsolutePath());
    }

    @Test
    void theSameFileAddedTwiceIsListedOnce() {
        presenter.add(Snapshot.PRE, List.of(Path.of("sample-data/pre/Quotes.csv")));
        presenter.add(Snapshot.PRE, List.of(Path.of("sample-data/pre")));

        assertThat(view.rows).hasSize(9);
    }

    @Test
    void aFileWhoseTableIsNotRecognisedCanBeNamedAndShowsItsUnmappedColumns() throws Exception {
        // Name, Company and Status fit several tables equally: a tie is reported, never guessed.
        Path mystery = Files.writeString(dir.resolve("export.csv"), "Name,Company,Status,Colour\nX,USMF,Active,red\n");
        presenter.add(Snapshot.PRE, List.of(mystery));
        assertThat(view.rows.get(0).table()).isEmpty();
        assertThat(view.rows.get(0).loadable()).isFalse();

        presenter.setTable(0, TableKind.ACCOUNT);

        InputRow named = view.rows.get(0);
        assertThat(named.named()).isEqualTo(TableKind.ACCOUNT);
        assertThat(named.loadable()).isTrue();
        assertThat(named.unmapped()).extracting(c -> c.header()).containsExactly("Colour");
        presenter.select(0);
        assertThat(view.mapping).isEqualTo(named);
    }

    @Test
    void importStartsWithExactlyTheFilesAndTablesOnScreen() throws Exception {
        Path mystery = Files.writeString(dir.resolve("export.csv"), "Order ID (Order),Line Number,Quantity\nS1,1,2\n");
        presenter.add(Snapshot.PRE, List.of(Path.of("sample-data/pre/Quotes.csv"), mystery));
        presenter.add(Snapshot.POST, List.of(Path.of("sample-data/post/Orders.csv")));
        presenter.setTable(1, TableKind.ORDER_LINE);
        presenter.setWorkspace(dir.resolve("audit"));

        presenter.importAndAudit();

        AuditJob.Inputs inputs = (AuditJob.Inputs) started.get(0);
        assertThat(inputs.files().get(Snapshot.PRE)).containsExactly(Path.of("sample-data/pre/Quotes.csv"), mystery);
        assertThat(inputs.files().get(Snapshot.POST)).containsExactly(Path.of("sample-data/post/Orders.csv"));
        assertThat(inputs.tables()).containsExactly(java.util.Map.entry(mystery, TableKind.ORDER_LINE));
        assertThat(started.get(1)).isEqualTo(dir.resolve("audit"));
    }

    @Test
    void nothingStartsWithoutFilesOrWhenTheUserDoesNotWantUnreadableFiles() throws Exception {
        presenter.importAndAudit();
        assertThat(view.problems).singleElement().asString().startsWith("Add the pre and post export files first");

        presenter.add(Snapshot.PRE, List.of(Files.writeString(dir.resolve("mystery.csv"), "a,b\n1,2\n")));
        view.confirm = false;
        presenter.importAndAudit();

        assertThat(view.confirmations).singleElement().asString().contains("mystery.csv");
        assertThat(started).isEmpty();
    }

    @Test
    void removingAFileTakesItOffTheList() {
        presenter.add(Snapshot.PRE, List.of(Path.of("sample-data/pre")));

        presenter.remove(new int[] {0, 1});

        assertThat(view.rows).hasSize(7).noneMatch(r -> r.file().getFileName().toString().equals("Contacts.csv"));
    }

    private InputRow row(String name) {
        return view.rows.stream().filter(r -> r.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    static final class FakeView implements NewAuditView {
        List<InputRow> rows = new ArrayList<>();
        InputRow mapping;
        Path workspace;
        final List<String> problems = new ArrayList<>();
        final List<String> confirmations = new ArrayList<>();
        boolean confirm = true;

        @Override
        public void showFiles(List<InputRow> list) {
            rows = new ArrayList<>(list);
        }

        @Override
        public void showFile(int index, InputRow row) {
            rows.set(index, row);
        }

        @Override
        public void showMapping(InputRow row) {
            mapping = row;
        }

        @Override
        public void showWorkspace(Path file) {
            workspace = file;
        }

        @Override
        public void showProblem(String message) {
            problems.add(message);
        }

        @Override
        public boolean confirm(String message) {
            confirmations.add(message);
            return confirm;
        }

        @Override
        public Optional<Path> chooseWorkspaceFile(Path suggested) {
            return Optional.empty();
        }
    }
}
