package io.tork.domain.spec;

/**
 * One task per element of {@code list} (an expression). {@code var} names the loop variable ({@code item} by
 * default); {@code concurrency} bounds how many run at once (0 or absent: unlimited).
 */
public record EachSpec(String list, TaskSpec task, String var, Integer concurrency) {
    public static final String DEFAULT_VAR = "item";

    public String varOrDefault() {
        return var == null || var.isBlank() ? DEFAULT_VAR : var;
    }

    public int concurrencyOrUnlimited() {
        return concurrency == null ? 0 : concurrency;
    }
}
