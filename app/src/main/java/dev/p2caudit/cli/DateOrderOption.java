package dev.p2caudit.cli;

import dev.p2caudit.model.DateOrder;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --date-order day-first|month-first} (also {@code dmy}, {@code mdy}). */
final class DateOrderOption implements ITypeConverter<DateOrder> {

    static final String DESCRIPTION = "How to read dates such as 04/03/2020 in a column whose values all fit both orders,"
            + " when the file's other date columns and its style (';' with decimal comma: day-first) do not decide:"
            + " day-first or month-first. Default: M/d/yyyy as F&O writes it, d.M.yyyy day-first.";

    @Override
    public DateOrder convert(String value) {
        return DateOrder.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a date order; say " + Arrays.stream(DateOrder.values()).map(DateOrder::label)
                .collect(Collectors.joining(" or "))));
    }
}
