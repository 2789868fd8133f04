package dev.p2caudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.model.DateOrder;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * Property: generated order exports (two date columns, each in either order; two money columns,
 * each value written with a decimal comma or point, with or without thousands separators, some
 * columns mixing both) import back as written. A value that fits both readings is read the way
 * the column's reported decision says, so even then what is stored follows from what was written
 * and what the reading tells the user. Seeded: a failure names its seed and replays.
 */
class ValueReadingPropertyTest {

    private static final String[] DATE_HEADERS = {"Requested Receipt Date", "Date Submitted"};
    private static final String[] DATE_COLUMNS = {"requested_receipt_date", "date_submitted"};
    private static final String[] MONEY_HEADERS = {"Total Amount", "Freight Amount"};
    private static final String[] MONEY_COLUMNS = {"total_amount", "freight_amount"};
    private static final char[] DELIMITERS = {',', ';', '\t'};

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
        return IntStream.range(0, 120).mapToObj(i -> 40_000L + i);
    }

    /** What one column was written as. */
    private record DateColumn(DateOrder order, List<LocalDateTime> values, List<String> texts) {
    }

    private record MoneyColumn(List<BigDecimal> values, List<String> texts, List<DecimalStyle> styles) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void datesAndNumbersImportBackAsWritten(long seed) throws IOException {
        Random random = new Random(seed);
        int rows = seed % 20 == 0 ? 1_200 + random.nextInt(50) : 1 + random.nextInt(40);
        DateColumn[] dates = {dates(random, rows), dates(random, rows)};
        MoneyColumn[] money = {money(random, rows), money(random, rows)};
        Path file = dir.resolve("Order.csv");
        write(file, random, rows, dates, money);

        FileImporter.Outcome outcome = harness.load(file, Snapshot.PRE, null);

        FileReport report = outcome.report();
        assertThat(report.rejected()).as("seed %d: %s", seed, report.rejections()).isZero();
        List<Map<String, Object>> stored = harness.rows(Snapshot.PRE, TableKind.ORDER);
        assertThat(stored).as("seed %d", seed).hasSize(rows);
        for (int c = 0; c < 2; c++) {
            checkDates(seed, report, stored, c, dates[c]);
            checkMoney(seed, report, stored, c, money[c]);
        }
    }

    private static void checkDates(long seed, FileReport report, List<Map<String, Object>> stored, int c,
                                   DateColumn written) {
        String reading = reading(report, DATE_HEADERS[c]);
        boolean proven = written.texts().stream().map(t -> DateParts.of(t).evidence())
                .anyMatch(e -> e == DateParts.Evidence.DAY_FIRST || e == DateParts.Evidence.MONTH_FIRST);
        DateOrder read = reading == null || reading.contains("day-first") && !reading.contains("chose month-first")
                ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        if (proven) {
            assertThat(reading).as("seed %d column %d", seed, c).startsWith(written.order().label() + ": ");
        } else if (reading != null) {
            assertThat(reading).as("seed %d column %d", seed, c).startsWith("ambiguous: every value fits both orders");
            read = reading.contains("chose day-first") ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        }
        for (int r = 0; r < stored.size(); r++) {
            LocalDateTime value = written.values().get(r);
            LocalDateTime expected = read == written.order() || value.getDayOfMonth() == value.getMonthValue() ? value
                    : value.withDayOfMonth(1).withMonth(value.getDayOfMonth()).withDayOfMonth(value.getMonthValue());
            assertThat(stored.get(r).get(DATE_COLUMNS[c])).as("seed %d row %d column %d: %s", seed, r, c,
                    written.texts().get(r)).isEqualTo(expected);
        }
    }

    private static void checkMoney(long seed, FileReport report, List<Map<String, Object>> stored, int c,
                                   MoneyColumn written) {
        String reading = reading(report, MONEY_HEADERS[c]);
        for (int r = 0; r < stored.size(); r++) {
            String text = written.texts().get(r);
            BigDecimal expected = written.values().get(r);
            boolean ambiguous = DecimalStyle.writtenIn(text) == null && (text.contains(",") || text.contains("."));
            if (ambiguous) {
                DecimalStyle columnStyle = reading != null && reading.startsWith("decimal comma")
                        ? DecimalStyle.COMMA : DecimalStyle.POINT;
                assertThat(reading).as("seed %d column %d", seed, c).contains("fit");
                expected = columnStyle == written.styles().get(r) ? expected : reinterpreted(text, written.styles().get(r));
            }
            assertThat((BigDecimal) stored.get(r).get(MONEY_COLUMNS[c])).as("seed %d row %d column %d: %s", seed, r,
                    c, text).isEqualByComparingTo(expected);
        }
    }

    /** {@code 1,234} meant in one style, read in the other: a thousands group becomes decimals, or back. */
    private static BigDecimal reinterpreted(String text, DecimalStyle written) {
        boolean meantAsDecimals = text.indexOf(written.separator().charAt(0)) >= 0;
        BigDecimal digits = new BigDecimal(text.replace(",", "").replace(".", ""));
        return meantAsDecimals ? digits : digits.movePointLeft(3);
    }

    private static DateColumn dates(Random random, int rows) {
        DateOrder order = random.nextBoolean() ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        boolean padded = random.nextBoolean();
        boolean timed = random.nextBoolean();
        // Small days only, sometimes: then every value may fit both orders and the fallbacks decide.
        boolean smallDays = random.nextInt(3) == 0;
        List<LocalDateTime> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            LocalDateTime value = LocalDateTime.of(2019 + random.nextInt(4), 1 + random.nextInt(12),
                    1 + random.nextInt(smallDays ? 12 : 28), timed ? random.nextInt(24) : 0, timed ? random.nextInt(60) : 0);
            String day = padded ? String.format("%02d", value.getDayOfMonth()) : String.valueOf(value.getDayOfMonth());
            String month = padded ? String.format("%02d", value.getMonthValue()) : String.valueOf(value.getMonthValue());
            String date = order == DateOrder.DAY_FIRST ? day + "/" + month : month + "/" + day;
            values.add(value);
            texts.add(date + "/" + value.getYear() + (timed ? String.format(" %d:%02d", value.getHour(), value.getMinute()) : ""));
        }
        return new DateColumn(order, values, texts);
    }

    private static MoneyColumn money(Random random, int rows) {
        DecimalStyle columnStyle = random.nextBoolean() ? DecimalStyle.COMMA : DecimalStyle.POINT;
        boolean mixed = random.nextInt(4) == 0;
        boolean grouped = random.nextBoolean();
        List<BigDecimal> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<DecimalStyle> styles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            DecimalStyle style = mixed && random.nextBoolean() ? other(columnStyle) : columnStyle;
            BigDecimal value = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 2_000 : 50_000_000) - 1_000,
                    random.nextInt(4));
            values.add(value);
            texts.add(format(value, style, grouped && random.nextInt(3) > 0, random));
            styles.add(style);
        }
        return new MoneyColumn(values, texts, styles);
    }

    /** As a spreadsheet in that locale shows it: {@code -1.234.567,89}, {@code 1,234.5}, {@code 1 234,5}. */
    private static String format(BigDecimal value, DecimalStyle style, boolean grouped, Random random) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String decimals = point < 0 ? "" : plain.substring(point + 1);
        char grouping = random.nextInt(4) == 0 ? ' ' : style == DecimalStyle.COMMA ? '.' : ',';
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (grouped && i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(integer.charAt(i));
        }
        if (!decimals.isEmpty()) {
            out.append(style.separator()).append(decimals);
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }

    private static DecimalStyle other(DecimalStyle style) {
        return style == DecimalStyle.COMMA ? DecimalStyle.POINT : DecimalStyle.COMMA;
    }

    private static void write(Path file, Random random, int rows, DateColumn[] dates, MoneyColumn[] money)
            throws IOException {
        CsvFileWriter.Style style = CsvFileWriter.Style.of(CsvFileWriter.Encoding.UTF8,
                DELIMITERS[random.nextInt(DELIMITERS.length)]).withQuoteAll(random.nextInt(4) == 0);
        try (CsvFileWriter csv = CsvFileWriter.open(file, style,
                List.of("Order ID", DATE_HEADERS[0], DATE_HEADERS[1], MONEY_HEADERS[0], MONEY_HEADERS[1]))) {
            for (int r = 0; r < rows; r++) {
                csv.row("ORD-" + r, dates[0].texts().get(r), dates[1].texts().get(r), money[0].texts().get(r),
                        money[1].texts().get(r));
            }
        }
    }

    private static String reading(FileReport report, String header) {
        return report.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().reading();
    }
}
