package dev.p2caudit.ingest;

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
 * converted to UTC), F&amp;O's {@code M/d/yyyy H:mm}, the day-first {@code d.M.yyyy} of European
 * locales, and Excel serial numbers. F&amp;O writes {@code 1/1/1900} for "no date"; it reads as empty.
 */
final class DateCells {

    static final LocalDate FNO_EMPTY = LocalDate.of(1900, 1, 1);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern US = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern DOTTED = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
    /** An ISO date-time ending in an offset, {@code +02:00} or {@code +0200}; compiled once, as it runs per cell. */
    private static final Pattern OFFSET_AT_END = Pattern.compile(".*T.*[+-]\\d{2}:?\\d{2}$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private DateCells() {
    }

    static CellParser parser() {
        return (text, exact) -> parse(text, exact);
    }

    static LocalDateTime parse(String text, boolean exactNumber) throws BadValue {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        LocalDateTime value = read(s, exactNumber);
        if (value == null) {
            throw new BadValue("'" + s + "' is not a date (expected 2020-03-27T00:00:00Z, M/d/yyyy H:mm,"
                    + " d.M.yyyy or an Excel serial number)");
        }
        return value.toLocalDate().equals(FNO_EMPTY) ? null : value;
    }

    private static LocalDateTime read(String s, boolean exactNumber) {
        try {
            if (exactNumber || SERIAL.matcher(s).matches()) {
                return fromSerial(new BigDecimal(s));
            }
            if (s.length() >= 10 && s.charAt(4) == '-') {
                return iso(s);
            }
            Matcher us = US.matcher(s);
            if (us.matches()) {
                return of(us, 1, 2, 3);
            }
            Matcher dotted = DOTTED.matcher(s);
            return dotted.matches() ? of(dotted, 2, 1, 3) : null;
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
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (m.groupCount() >= 7 && m.group(7) != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            hour = hour % 12 + (m.group(7).toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
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
