package io.tork.application.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A change to a stored job or task made of steps that each leave a state of its own, applied only when a guard
 * holds. The store writes the end result once; observers of the stores (webhooks) are told of every state a step
 * entered, as if each had been stored in turn — so a task that started and completed in one report still enters
 * RUNNING before COMPLETED for them.
 *
 * <p>A store may apply a change more than once (to retry a conflict): each application starts afresh, and what
 * {@link #applied()} and {@link #passedThrough()} tell is about the last one.
 */
public final class Steps<T> implements UnaryOperator<T> {
    private final Predicate<T> guard;
    private final List<UnaryOperator<T>> steps;
    private volatile boolean applied;
    private volatile List<T> passedThrough = List.of();

    private Steps(Predicate<T> guard, List<UnaryOperator<T>> steps) {
        this.guard = guard;
        this.steps = steps;
    }

    /** {@code steps} in order, when {@code guard} holds for the stored value; otherwise the value unchanged. */
    @SafeVarargs
    public static <T> Steps<T> when(Predicate<T> guard, UnaryOperator<T>... steps) {
        return new Steps<>(guard, List.of(steps));
    }

    @Override
    public T apply(T stored) {
        List<T> states = new ArrayList<>(steps.size() + 1);
        states.add(stored);
        boolean holds = guard.test(stored);
        T value = stored;
        if (holds) {
            for (UnaryOperator<T> step : steps) {
                T next = step.apply(value);
                if (next != value) states.add(next);
                value = next;
            }
        }
        applied = holds;
        passedThrough = List.copyOf(states);
        return value;
    }

    /** Whether the guard held, so the steps ran. */
    public boolean applied() {
        return applied;
    }

    /** The stored value, then each value a step changed it into, in order. */
    public List<T> passedThrough() {
        return passedThrough;
    }

    /** Each change a step made, in order, as the value before it and the value after it. */
    public void forEachChange(BiConsumer<T, T> change) {
        List<T> states = passedThrough;
        for (int i = 1; i < states.size(); i++) change.accept(states.get(i - 1), states.get(i));
    }
}
