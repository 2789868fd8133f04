package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ingest.RawXlsx.RawCell;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a workbook whose cells are of random OOXML types ({@code s}, {@code inlineStr},
 * {@code str}, {@code d}, {@code b}, {@code n} with General, currency and date formats, {@code n}
 * holding currency text, {@code e}) in random places on the sheet, with or without a
 * {@code Records} table around the data, imports every readable value as written, and rejects
 * exactly the rows holding an unreadable one, naming file, line, column (number, header and the
 * cell) and reason. Seeded: a failure names its seed and replays.
 */
class WorkbookCellsPropertyTest {

    private static final String[] HEADERS = {"Order ID", "Name", "Total Amount", "Date Submitted", "Item-based",
        "Freight Amount"};
    private static final String[] COLUMNS = {"order_id", "name", "total_amount", "date_submitted", "item_based",
        "freight_amount"};
    private static final String[] ERRORS = {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"};
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String FILE = "Order.xlsx";

    @TempDir
    static Path dir;
    private static ImportHarness harness;

    @BeforeAll
    static void open() {
        harness = new ImportHarness(dir);
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 11_000L + i);
    }

    /** A cell as written and what it must read as, or why it must reject its row. */
    private record Written(RawCell cell, Object expected, String unreadable) {

        static Written ok(RawCell cell, Object expected) {
            return new Written(cell, expected, null);
        }

        static Written bad(RawCell cell, String reason) {
            return new Written(cell, null, reason);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCellTypeReadsBackOrRejectsExactlyItsRow(long seed) throws IOException {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(30);
        boolean table = random.nextBoolean();
        int firstColumn = table ? random.nextInt(4) : 0;
        int firstRow = table ? 1 + random.nextInt(4) : 1;
        List<List<Written>> written = new ArrayList<>();
        List<List<RawCell>> sheet = RawXlsx.rows();
        List<RawCell> header = new ArrayList<>();
        for (String h : HEADERS) {
            header.add(random.nextBoolean() ? RawCell.shared(h) : RawCell.inline(h));
        }
        sheet.add(header);
        for (int r = 0; r < rows; r++) {
            List<Written> row = new ArrayList<>();
            row.add(Written.ok(RawCell.shared("ORD-" + seed + "-" + r), "ORD-" + seed + "-" + r));
            row.add(text(random));
            row.add(money(random));
            row.add(date(random));
            row.add(bool(random));
            row.add(money(random));
            written.add(row);
            sheet.add(row.stream().map(Written::cell).toList());
        }
        Path file = dir.resolve(FILE);
        RawXlsx.write(file, sheet, firstColumn, firstRow, table);

        FileReport report = harness.load(file, Snapshot.PRE, null).report();

        assertThat(report.problems()).as("seed %d", seed).isEmpty();
        assertThat(report.table()).isEqualTo("order");
        assertThat(report.rows()).as("seed %d", seed).isEqualTo(rows);
        List<RejectedRow> expectedRejections = new ArrayList<>();
        List<List<Written>> loaded = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            long line = firstRow + 1 + r;
            List<Written> row = written.get(r);
            int bad = IntStream.range(0, row.size()).filter(c -> row.get(c).unreadable() != null).findFirst().orElse(-1);
            if (bad < 0) {
                loaded.add(row);
                continue;
            }
            String cell = CellRange.letters(firstColumn + bad) + line;
            expectedRejections.add(new RejectedRow(FILE, line, firstColumn + bad + 1, HEADERS[bad],
                    "cell " + cell + ": " + row.get(bad).unreadable(), row.get(bad).cell().value()));
        }
        assertThat(report.rejections()).as("seed %d", seed).containsExactlyElementsOf(expectedRejections);
        List<Map<String, Object>> stored = harness.rows(Snapshot.PRE, TableKind.ORDER);
        assertThat(stored).as("seed %d", seed).hasSize(loaded.size());
        for (int r = 0; r < loaded.size(); r++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                Object expected = loaded.get(r).get(c).expected();
                Object actual = stored.get(r).get(COLUMNS[c]);
                String what = "seed " + seed + ", loaded row " + r + ", " + COLUMNS[c] + " written as "
                        + loaded.get(r).get(c).cell();
                if (expected instanceof BigDecimal number) {
                    assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(number);
                } else {
                    assertThat(actual).as(what).isEqualTo(expected);
                }
            }
        }
    }

    private static Written text(Random random) {
        String word = "Name " + random.nextInt(1000) + (random.nextBoolean() ? " & <co>" : "");
        return switch (random.nextInt(7)) {
            case 0 -> Written.ok(RawCell.shared(word), word);
            case 1 -> Written.ok(RawCell.inline(word), word);
            case 2 -> Written.ok(RawCell.of("str", word), word);
            case 3 -> Written.ok(RawCell.of("d", "16/09/2020 02:37:27 PM"), "16/09/2020 02:37:27 PM");
            case 4 -> {
                BigDecimal n = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
                yield Written.ok(RawCell.number(n.toPlainString(), 0), XlsxRowSource.number(n));
            }
            case 5 -> {
                boolean value = random.nextBoolean();
                yield Written.ok(RawCell.of("b", value ? "1" : "0"), String.valueOf(value));
            }
            default -> random.nextInt(4) == 0 ? Written.bad(RawCell.of("e", "#N/A"),
                    "the cell holds the Excel error #N/A") : Written.ok(null, null);
        };
    }

    /** Money as a number cell (plain or currency-formatted), as currency text in any cell, or unreadable. */
    private static Written money(Random random) {
        BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 100_000_000_00L, 2);
        String point = grouped(amount.abs(), ',', '.');
        String comma = grouped(amount.abs(), '.', ',');
        String sign = amount.signum() < 0 ? "-" : "";
        return switch (random.nextInt(10)) {
            case 0 -> Written.ok(RawCell.number(amount.toPlainString(), 0), amount);
            case 1 -> Written.ok(RawCell.number(amount.toPlainString(), 2), amount);
            case 2 -> Written.ok(RawCell.of("n", sign + "$" + point), amount);
            case 3 -> Written.ok(RawCell.of("str", amount.signum() < 0 ? "(£" + point + ")" : "£" + point), amount);
            case 4 -> Written.ok(RawCell.shared(sign + comma + " €"), amount);
            case 5 -> Written.ok(RawCell.inline("USD " + sign + point), amount);
            case 6 -> Written.ok(null, null);
            case 7 -> {
                String error = ERRORS[random.nextInt(ERRORS.length)];
                yield Written.bad(RawCell.of("e", error), "the cell holds the Excel error " + error);
            }
            case 8 -> Written.bad(RawCell.of("n", "about 12 dollars"),
                    "'about 12 dollars' is not a number (decimal separator '.')");
            default -> Written.ok(RawCell.shared(amount.toPlainString()), amount);
        };
    }

    /** {@code 1,234,567.89} with the separators given. */
    private static String grouped(BigDecimal amount, char grouping, char decimal) {
        String whole = amount.toBigInteger().toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(whole.charAt(i));
        }
        String cents = amount.setScale(2).toPlainString();
        return out.append(decimal).append(cents.substring(cents.length() - 2)).toString();
    }

    /**
     * Dates as serials under every date format, {@code t="d"} ISO values, and day-first text whose
     * day is past 12 (so the column is day-first whatever else it holds).
     */
    private static Written date(Random random) {
        LocalDate day = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 13 + random.nextInt(16));
        LocalDateTime at = day.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
        long serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, day);
        return switch (random.nextInt(8)) {
            case 0 -> Written.ok(RawCell.number(String.valueOf(serial), 1 + 2 * random.nextInt(2)), day.atStartOfDay());
            case 1 -> Written.ok(RawCell.number(serial + ".5", 1), day.atTime(12, 0));
            case 2 -> Written.ok(RawCell.number(serial + ".25", 4), day.atTime(6, 0));
            case 3 -> Written.ok(RawCell.of("d", at.toString()), at.withNano(0));
            case 4 -> Written.ok(RawCell.of("d", day.toString()), day.atStartOfDay());
            case 5 -> Written.ok(RawCell.of("d", at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy hh:mm:ss a",
                    Locale.ROOT))), at);
            case 6 -> Written.ok(RawCell.shared(at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"))), at);
            default -> random.nextBoolean() ? Written.ok(null, null)
                    : Written.bad(RawCell.of("e", "#VALUE!"), "the cell holds the Excel error #VALUE!");
        };
    }

    private static Written bool(Random random) {
        boolean value = random.nextBoolean();
        return switch (random.nextInt(4)) {
            case 0 -> Written.ok(RawCell.of("b", value ? "1" : "0"), value);
            case 1 -> Written.ok(RawCell.shared(value ? "Yes" : "No"), value);
            case 2 -> Written.ok(RawCell.of("str", value ? "TRUE" : "FALSE"), value);
            default -> Written.ok(null, null);
        };
    }
}
