package dev.p2caudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.cli.AuditRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCsvTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerFindingAndNoCellStartsAFormula() throws IOException {
        Path post = Files.createDirectories(dir.resolve("post"));
        Files.writeString(post.resolve("Account.csv"), """
                Account Number,Company,Customer Group Id,Party Number
                @SUM(1+1),USMF,10,"=HYPERLINK(""http://evil"",""x"")"
                A2,USMF,10,+cmd|' /C calc'!A0
                """);
        Path csv = dir.resolve("findings.csv");

        int code = AuditRunner.run("audit", "--post", post.toString(), "--csv", csv.toString(), "--fail-on", "never");

        assertThat(code).isZero();
        List<List<String>> rows = CsvReading.rows(csv);
        assertThat(rows.get(0)).containsExactly("rule", "severity", "table", "snapshot", "key", "message", "values",
                "remediation", "waived", "waiver");
        List<List<String>> party = rows.stream().filter(r -> r.get(0).equals("ACC-PARTY")).toList();
        assertThat(party).hasSize(2);
        assertThat(party).extracting(r -> r.get(4)).containsExactlyInAnyOrder("'@SUM(1+1)", "A2");
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
        assertThat(Files.readAllBytes(csv)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8)).contains("=HYPERLINK");
    }
}
