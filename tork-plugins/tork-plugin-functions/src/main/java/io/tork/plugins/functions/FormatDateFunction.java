package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.time.ZoneId;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code formatDate(date, pattern[, zone])}: the date written with a {@link java.time.format.DateTimeFormatter}
 * pattern in the zone (UTC by default). The date is ISO-8601 text (what {@code now()} returns) or epoch
 * milliseconds: {@code formatDate("2024-05-01T12:30:00Z", "yyyy-MM-dd HH:mm")} is {@code 2024-05-01 12:30}.
 */
@Extension
public final class FormatDateFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "formatDate";
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
        String pattern = Args.text(args, 1);
        return Dates.formatter(pattern, zone).format(Dates.instant(args.get(0), zone));
    }
}
