package io.tork.adapters.out.cron;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.tork.application.port.out.CronSchedules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cron expressions read with cron-utils' UNIX definition: exactly five fields (minute hour day-of-month month
 * day-of-week, no seconds). That definition does not know the {@code @daily}-style macros, so they are translated
 * to their five fields first (the same meanings as the reference's cron library).
 */
public final class CronUtilsSchedules implements CronSchedules {
    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");

    private final CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    @Override
    public Optional<String> problem(String expression) {
        try {
            parse(expression);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<Instant> nextAfter(String expression, Instant after, ZoneId zone) {
        ExecutionTime times = ExecutionTime.forCron(parse(expression));
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    private Cron parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("is required, e.g. \"0 * * * *\" or \"@daily\"");
        }
        String trimmed = expression.trim();
        String fields = trimmed.startsWith("@") ? macro(trimmed) : trimmed;
        int count = fields.split("\\s+").length;
        if (count != 5) {
            throw new IllegalArgumentException("'" + trimmed + "' has " + count + " fields: expected 5 (minute hour "
                    + "day-of-month month day-of-week) or a macro such as @daily");
        }
        try {
            Cron cron = parser.parse(fields);
            return cron.validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid cron expression: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String macro(String text) {
        String fields = MACROS.get(text.toLowerCase(Locale.ROOT));
        if (fields == null) {
            throw new IllegalArgumentException("unknown macro '" + text + "': use one of @yearly, @annually, "
                    + "@monthly, @weekly, @daily, @midnight, @hourly");
        }
        return fields;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) return "it does not parse";
        return message.strip().lines().findFirst().orElse(message);
    }
}
