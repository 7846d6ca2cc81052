package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * {@code slug(text)}: the text as a lower-case, URL- and file-name-safe identifier: accents removed, every run of
 * other characters replaced by one {@code -}, no {@code -} at either end ({@code "Héllo, World!"} → {@code hello-world}).
 */
@Extension
public final class SlugFunction implements ExpressionFunction {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    @Override
    public String name() {
        return "slug";
    }

    @Override
    public int minArity() {
        return 1;
    }

    @Override
    public int maxArity() {
        return 1;
    }

    @Override
    public Object apply(List<Object> args) {
        String decomposed = Normalizer.normalize(Args.text(args, 0), Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String dashed = SEPARATORS.matcher(plain).replaceAll("-");
        int start = dashed.startsWith("-") ? 1 : 0;
        int end = dashed.endsWith("-") && dashed.length() > start ? dashed.length() - 1 : dashed.length();
        return dashed.substring(start, Math.max(start, end));
    }
}
