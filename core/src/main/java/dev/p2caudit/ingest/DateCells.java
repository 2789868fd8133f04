package dev.p2caudit.ingest;

import dev.p2caudit.model.DateOrder;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date cells in the forms exports use: ISO-8601 ({@code 2020-03-27T00:00:00Z}; an offset is
 * converted to UTC), day and month with {@code /}, {@code .} or {@code -} between them and a time
 * after ({@code M/d/yyyy H:mm} as F&amp;O writes, {@code d.M.yyyy} of European locales,
 * {@code dd/MM/yyyy}) in the order {@link DateOrders} decided for the column, and Excel serial
 * numbers. F&amp;O writes {@code 1/1/1900} for "no date"; it reads as empty.
 */
final class DateCells {

    static final LocalDate FNO_EMPTY = LocalDate.of(1900, 1, 1);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
    /** An ISO date-time ending in an offset, {@code +02:00} or {@code +0200}; compiled once, as it runs per cell. */
    private static final Pattern OFFSET_AT_END = Pattern.compile(".*T.*[+-]\\d{2}:?\\d{2}$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private DateCells() {
    }

    /** Without a decided order: slashes month-first as F&amp;O writes them, dots and dashes day-first. */
    static CellParser parser() {
        return (text, exact) -> parse(text, exact, null, null);
    }

    /**
     * In the column's order; a value that can only be read in the other order is rejected, saying
     * why the column is read as it is ({@code because}).
     */
    static CellParser parser(DateOrder order, String because) {
        return (text, exact) -> parse(text, exact, order, because);
    }

    static LocalDateTime parse(String text, boolean exactNumber) throws BadValue {
        return parse(text, exactNumber, null, null);
    }

    private static LocalDateTime parse(String text, boolean exactNumber, DateOrder order, String because)
            throws BadValue {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (order != null && !exactNumber) {
            contradicts(s, order, because);
        }
        LocalDateTime value = read(s, exactNumber, order);
        if (value == null) {
            throw new BadValue("'" + s + "' is not a date (expected 2020-03-27T00:00:00Z, "
                    + (order == null ? "M/d/yyyy H:mm, d.M.yyyy" : order == DateOrder.DAY_FIRST ? "d/M/yyyy H:mm"
                    : "M/d/yyyy H:mm") + " or an Excel serial number)");
        }
        return value.toLocalDate().equals(FNO_EMPTY) ? null : value;
    }

    private static void contradicts(String s, DateOrder order, String because) throws BadValue {
        DateParts parts = DateParts.of(s);
        DateParts.Evidence only = order == DateOrder.DAY_FIRST ? DateParts.Evidence.MONTH_FIRST
                : DateParts.Evidence.DAY_FIRST;
        if (parts != null && parts.evidence() == only) {
            throw new BadValue("'" + s + "' can only be " + order.other().label() + ", but this column's dates are read "
                    + order.label() + " (" + because + ")");
        }
    }

    private static LocalDateTime read(String s, boolean exactNumber, DateOrder order) {
        try {
            if (exactNumber || SERIAL.matcher(s).matches()) {
                return fromSerial(new BigDecimal(s));
            }
            if (s.length() >= 10 && s.charAt(4) == '-') {
                return iso(s);
            }
            Matcher m = DAY_MONTH.matcher(s);
            if (!m.matches()) {
                return null;
            }
            DateOrder in = order != null ? order : m.group(2).equals("/") ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            return in == DateOrder.MONTH_FIRST ? of(m, 1, 3, 4) : of(m, 3, 1, 4);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime iso(String s) {
        String t = s.replace(' ', 'T');
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay();
        }
        char last = Character.toUpperCase(t.charAt(t.length() - 1));
        boolean zoned = last == 'Z' || OFFSET_AT_END.matcher(t).matches();
        try {
            return zoned ? OffsetDateTime.parse(OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2"))
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code month}, {@code day}, {@code year} name the groups holding each part. */
    private static LocalDateTime of(Matcher m, int month, int day, int year) {
        int hour = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        if (m.group(8) != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            hour = hour % 12 + (m.group(8).toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
        }
        return LocalDateTime.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                Integer.parseInt(m.group(day)), hour, minute, second);
    }

    /**
     * Excel counts days from 1900-01-01 as 1 and believes 1900 was a leap year, so serials from
     * 61 on count from 1899-12-30 and the ones before from a day later.
     */
    static LocalDateTime fromSerial(BigDecimal serial) {
        long days = serial.longValue();
        if (days < 1 || days > 2_958_465) {
            throw new DateTimeException("serial out of range");
        }
        LocalDate date = EXCEL_EPOCH.plusDays(days < 61 ? days + 1 : days);
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return date.atStartOfDay().plusSeconds(seconds);
    }
}
