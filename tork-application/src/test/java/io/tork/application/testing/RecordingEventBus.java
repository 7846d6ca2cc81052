package io.tork.application.testing;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Delivers events synchronously to matching subscribers and remembers every one for assertions. */
public final class RecordingEventBus implements EventBus {
    private final List<Event> published = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Activity> announced = new CopyOnWriteArrayList<>();
    private final List<Consumer<Activity>> watchers = new CopyOnWriteArrayList<>();

    public record Event(String topic, Job job) {
    }

    private record Listener(Pattern pattern, Consumer<Job> consumer) {
    }

    @Override
    public void publish(String topic, Job job) {
        published.add(new Event(topic, job));
        for (Listener l : listeners) {
            if (l.pattern.matcher(topic).matches()) l.consumer.accept(job);
        }
    }

    @Override
    public Subscription subscribe(String pattern, Consumer<Job> listener) {
        Listener l = new Listener(glob(pattern), listener);
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    @Override
    public void announce(Activity activity) {
        announced.add(activity);
        watchers.forEach(w -> w.accept(activity));
    }

    @Override
    public Subscription watch(Consumer<Activity> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    public List<Activity> announced() {
        return List.copyOf(announced);
    }

    public List<Event> published() {
        return List.copyOf(published);
    }

    /** The topics published about one job, in order. */
    public List<String> topicsOf(String jobId) {
        List<String> topics = new ArrayList<>();
        for (Event e : published) {
            if (e.job().id().equals(jobId)) topics.add(e.topic());
        }
        return topics;
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(String.join(".*", Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList()));
    }
}
