package dev.p2caudit.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ui.SampleWorkspace;
import dev.p2caudit.ui.session.AuditSession;
import dev.p2caudit.ui.session.Background;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPresenterTest {

    @TempDir
    Path dir;
    private AuditSession session;
    private final List<String> shown = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private ExportView.Choice choice;
    private boolean replace;
    private Path suggested;

    @BeforeEach
    void open() {
        session = SampleWorkspace.copyInto(dir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyKindIsWrittenByTheWriterTheCommandLineUses() throws Exception {
        for (ExportKind kind : ExportKind.values()) {
            choice = new ExportView.Choice(dir.resolve("out." + kind.extension()), false);
            presenter(file -> opened.add(file)).export(kind);
        }

        assertThat(Files.readString(dir.resolve("out.html"), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("out.json"), StandardCharsets.UTF_8)).contains("\"schemaVersion\"");
        assertThat(Files.readString(dir.resolve("out.csv"), StandardCharsets.UTF_8)).contains("ACC-COMPANY");
        assertThat(Files.readAllBytes(dir.resolve("out.xlsx"))).startsWith('P', 'K');
        assertThat(shown).hasSize(4).allMatch(s -> s.startsWith("written "));
        assertThat(suggested.getFileName().toString()).isEqualTo("sample-run" + session.runId() + ".json");
        assertThat(opened).isEmpty();
    }

    @Test
    void openWhenDoneOpensTheFileAndADesktopWithoutHandlerIsNoFailure() {
        choice = new ExportView.Choice(dir.resolve("report.json"), true);
        replace = true;
        presenter(opened::add).export(ExportKind.JSON);
        presenter(file -> {
            throw new UnsupportedOperationException("no desktop");
        }).export(ExportKind.JSON);

        assertThat(opened).containsExactly(dir.resolve("report.json"));
        assertThat(shown.get(1)).startsWith("written ").contains("could not be opened here (no desktop)");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.csv"), "mine");
        choice = new ExportView.Choice(existing, false);

        replace = false;
        presenter(opened::add).export(ExportKind.CSV);
        assertThat(Files.readString(existing)).isEqualTo("mine");

        replace = true;
        presenter(opened::add).export(ExportKind.CSV);
        assertThat(Files.readString(existing)).contains("ACC-COMPANY");
    }

    @Test
    void withoutARunThereIsNothingToExport() {
        new ExportPresenter(view(), Background.direct(), () -> null, opened::add).export(ExportKind.HTML);

        assertThat(shown).containsExactly("failed There is no audit run to export yet.");
    }

    private ExportPresenter presenter(ExportPresenter.Opener opener) {
        return new ExportPresenter(view(), Background.direct(), () -> session, opener);
    }

    private ExportView view() {
        return new ExportView() {
            @Override
            public Optional<Choice> choose(ExportKind kind, Path suggestion) {
                suggested = suggestion;
                return Optional.ofNullable(choice);
            }

            @Override
            public boolean confirmReplace(Path file) {
                return replace;
            }

            @Override
            public void showExported(ExportKind kind, Path file, String note) {
                shown.add("written " + file.getFileName() + " " + note);
            }

            @Override
            public void showFailed(ExportKind kind, String message) {
                shown.add("failed " + message);
            }
        };
    }

}
