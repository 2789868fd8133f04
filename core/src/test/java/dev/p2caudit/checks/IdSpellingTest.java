package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdSpellingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "a1-b2|b3-c4|LOWER",
        "A1-B2|B3-C4|UPPER",
        "12|34|UPPER",
        "a1-b2|B3-C4|MIXED",
        "a1-B2|b3-c4|MIXED",
        // A dotless ı upper-cases to I, which lower-cases to a dotted i: comparing in lower case would
        // not agree. (ß was the example under H2, which upper-cases it to SS; DuckDB keeps ẞ, both ways.)
        "ıd-1|b3|MIXED",
        "a1-b2||INCOMPLETE"})
    void readsHowEveryIdOfASideIsWritten(String first, String second, IdSpelling expected) {
        new AuditFixture(dir).pre("Account.csv", "accountid,name\n" + first + ",One\n" + (second == null ? "" : second)
                + ",Two\n").run();

        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertThat(IdSpelling.of(ws.sql(), Snapshot.PRE, TableKind.ACCOUNT)).isEqualTo(expected);
        }
    }
}
