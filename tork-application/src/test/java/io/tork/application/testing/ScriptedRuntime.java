package io.tork.application.testing;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A runtime whose behaviour is scripted per task name. Each run of a task takes the next step of its script
 * (the last step repeats): return a result, fail, block until {@link #release released} (or interrupted), or
 * answer through a callback; a step may first emit log text and progress. An unscripted task returns "".
 * Every run is recorded with the task exactly as the runtime received it (environment included).
 */
public final class ScriptedRuntime implements TaskRuntime {
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private volatile boolean healthy = true;

    /** The script of the task named {@code taskName} (as rendered). */
    public Script on(String taskName) {
        return scripts.computeIfAbsent(taskName, n -> new Script());
    }

    /** Lets every current and future blocking run of {@code taskName} go on. */
    public void release(String taskName) {
        gate(taskName).countDown();
    }

    public void setHealthy(boolean healthy) {
        this.healthy = healthy;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public boolean isHealthy() {
        return healthy;
    }

    @Override
    public String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        String name = task.spec().name();
        Invocation invocation = new Invocation(name, task);
        invocations.add(invocation);
        Step step = on(name).next();
        try {
            step.emissions.forEach(e -> e.accept(listener));
            return step.action.perform(task, gate(name));
        } catch (InterruptedException e) {
            invocation.interrupted = true;
            throw e;
        } finally {
            invocation.finished = true;
        }
    }

    public List<Invocation> invocations() {
        return List.copyOf(invocations);
    }

    public List<String> invokedNames() {
        return invocations.stream().map(Invocation::name).toList();
    }

    public List<Invocation> invocationsOf(String taskName) {
        return invocations.stream().filter(i -> i.name().equals(taskName)).toList();
    }

    public boolean wasInvoked(String taskName) {
        return !invocationsOf(taskName).isEmpty();
    }

    private CountDownLatch gate(String name) {
        return gates.computeIfAbsent(name, n -> new CountDownLatch(1));
    }

    /** One run of a task. */
    public static final class Invocation {
        private final String name;
        private final Task task;
        private volatile boolean interrupted;
        private volatile boolean finished;

        Invocation(String name, Task task) {
            this.name = name;
            this.task = task;
        }

        public String name() {
            return name;
        }

        /** The task as the runtime received it. */
        public Task task() {
            return task;
        }

        public Map<String, String> env() {
            return task.spec().env() == null ? Map.of() : task.spec().env();
        }

        /** Whether the run was interrupted (cancellation, timeout) while it was blocked. */
        public boolean wasInterrupted() {
            return interrupted;
        }

        public boolean isFinished() {
            return finished;
        }
    }

    /** The steps of one task's script, in the order its runs take them. */
    public static final class Script {
        private final List<Step> steps = new ArrayList<>();
        private List<Consumer<RuntimeListener>> emissions = new ArrayList<>();
        private int taken;

        /** The next step first writes {@code text} to the task's output. */
        public synchronized Script logs(String text) {
            emissions.add(l -> l.log(text));
            return this;
        }

        /** The next step first reports {@code percent} progress. */
        public synchronized Script progress(double percent) {
            emissions.add(l -> l.progress(percent));
            return this;
        }

        public Script returns(String result) {
            return add((task, gate) -> result);
        }

        public Script fails(String message) {
            return add((task, gate) -> {
                throw new RuntimeFailure(message);
            });
        }

        /** Waits until released (then returns "") or interrupted. */
        public Script blocks() {
            return blocksThenReturns("");
        }

        public Script blocksThenReturns(String result) {
            return add((task, gate) -> {
                gate.await();
                return result;
            });
        }

        /** Computes the result from the task (runs on the task's thread); may throw to fail the run. */
        public Script answers(Function<Task, String> answer) {
            return add((task, gate) -> answer.apply(task));
        }

        private synchronized Script add(Action action) {
            steps.add(new Step(emissions, action));
            emissions = new ArrayList<>();
            return this;
        }

        synchronized Step next() {
            if (steps.isEmpty()) return new Step(List.copyOf(emissions), (task, gate) -> "");
            Step step = steps.get(Math.min(taken, steps.size() - 1));
            taken++;
            return step;
        }
    }

    private record Step(List<Consumer<RuntimeListener>> emissions, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        String perform(Task task, CountDownLatch gate) throws RuntimeFailure, InterruptedException;
    }
}
