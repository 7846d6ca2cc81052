package io.tork.domain.task;

/**
 * Where an {@code each} task stands: {@code size} children in all, {@code completions} of them done,
 * {@code started} of them released so far (the sliding window's edge).
 */
public record EachProgress(int size, int completions, int started) {
    public EachProgress completeOne() {
        return new EachProgress(size, completions + 1, started);
    }

    public EachProgress releaseOne() {
        return new EachProgress(size, completions, started + 1);
    }

    public boolean isDone() {
        return completions >= size;
    }
}
