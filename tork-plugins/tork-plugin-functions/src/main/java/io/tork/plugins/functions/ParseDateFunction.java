package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.time.ZoneId;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code parseDate(text, pattern[, zone])}: the instant that {@code text}, written in the
 * {@link java.time.format.DateTimeFormatter} pattern, names, as ISO-8601 text in UTC ({@code now()}'s form). A text
 * without an offset is read in the zone (UTC by default); one without a time means midnight:
 * {@code parseDate("01/05/2024", "dd/MM/yyyy")} is {@code 2024-05-01T00:00:00Z}.
 */
@Extension
public final class ParseDateFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "parseDate";
    }

    @Override
    public int minArity() {
        return 2;
    }

    @Override
    public int maxArity() {
        return 3;
    }

    @Override
    public Object apply(List<Object> args) {
        ZoneId zone = Dates.zone(Args.optionalText(args, 2, Dates.UTC));
        return Dates.parse(Args.text(args, 0), Args.text(args, 1), zone).toString();
    }
}
