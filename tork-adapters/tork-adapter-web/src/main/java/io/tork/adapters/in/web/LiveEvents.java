package io.tork.adapters.in.web;

import io.tork.adapters.in.web.view.JobSummaryView;
import io.tork.adapters.in.web.view.LogEventView;
import io.tork.adapters.in.web.view.TaskView;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.out.Activity;
import io.tork.application.port.out.Activity.JobChanged;
import io.tork.application.port.out.Activity.LogAppended;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the application's activity notices into the events of {@code GET /events}. A notice only says that a job
 * changed, so the job and its tasks are read again and only what differs from the last events sent goes out (one
 * read per notice, however many clients listen). Notices that arrive while a job is being read are merged into
 * the next read. Everything passes the job's {@link Redactor} before it is rendered, as in every REST answer.
 *
 * <p>Reads and rendering run on one thread of their own, never on the broker's delivery thread; notices are only
 * listened to while at least one client is connected.
 */
final class LiveEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);
    private static final int REMEMBERED_JOBS = 500;
    private static final int REMEMBERED_TASKS = 20_000;

    private final JobQueries jobs;
    private final JsonResponses json;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshPending = ConcurrentHashMap.newKeySet();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("tork-live-events").factory());
    // touched only on the reader thread
    private final Map<String, JobSnapshot> snapshots = lru(REMEMBERED_JOBS);
    private final Map<String, String> jobOfTask = lru(REMEMBERED_TASKS);
    private Subscription subscription;
    private boolean closed;

    LiveEvents(JobQueries jobs, JsonResponses json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** Registers a client; events reach it from now on. */
    synchronized void add(EventStream stream) {
        if (closed) {
            stream.close();
            return;
        }
        streams.add(stream);
        if (subscription == null) subscription = jobs.watch(this::onActivity);
    }

    synchronized void remove(EventStream stream) {
        streams.remove(stream);
        if (streams.isEmpty() && subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Ends every stream (each finishes the events it holds) and stops listening. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            streams.forEach(EventStream::close);
            if (subscription != null) subscription.close();
            subscription = null;
        }
        reader.shutdownNow();
        try {
            reader.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called on the broker's delivery thread: hands the work over and returns at once. */
    private void onActivity(Activity activity) {
        if (streams.isEmpty()) return;
        try {
            switch (activity) {
                case JobChanged(String jobId) -> {
                    if (refreshPending.add(jobId)) reader.execute(() -> refresh(jobId));
                }
                case LogAppended(TaskLogPart part) -> reader.execute(() -> sendLog(part));
            }
        } catch (RejectedExecutionException e) {
            // closing: the streams are ending anyway
        }
    }

    private void refresh(String jobId) {
        refreshPending.remove(jobId);
        boolean wantsJob = anyWants(LiveEvent.JOB, jobId);
        boolean wantsTasks = anyWants(LiveEvent.TASK, jobId);
        if (!wantsJob && !wantsTasks) return;
        try {
            Job job = jobs.job(jobId);
            JobSnapshot snapshot = snapshotOf(job);
            if (wantsJob) {
                String summary = json.line(JobSummaryView.of(snapshot.redactor.job(job)));
                if (snapshot.changed(jobId, summary)) broadcast(new LiveEvent(LiveEvent.JOB, jobId, summary));
            }
            if (wantsTasks) {
                for (Task task : jobs.execution(jobId)) {
                    jobOfTask.put(task.id(), jobId);
                    String view = json.line(TaskView.of(snapshot.redactor.task(task)));
                    if (snapshot.changed(task.id(), view)) broadcast(new LiveEvent(LiveEvent.TASK, jobId, view));
                }
            }
        } catch (NotFoundException e) {
            snapshots.remove(jobId);
        } catch (RuntimeException e) {
            LOG.warn("could not read job {} for the live events: {}", jobId, e.getMessage());
        }
    }

    private void sendLog(TaskLogPart part) {
        try {
            String jobId = jobOfTask.get(part.taskId());
            if (jobId == null) {
                jobId = jobs.task(part.taskId()).jobId();
                jobOfTask.put(part.taskId(), jobId);
            }
            if (!anyWants(LiveEvent.LOG, jobId)) return;
            JobSnapshot snapshot = snapshots.get(jobId);
            Redactor redactor = snapshot != null ? snapshot.redactor : snapshotOf(jobs.job(jobId)).redactor;
            broadcast(new LiveEvent(LiveEvent.LOG, jobId, json.line(LogEventView.of(jobId, redactor.logPart(part)))));
        } catch (NotFoundException e) {
            // the task or its job was deleted since it printed
        } catch (RuntimeException e) {
            LOG.warn("could not send a log part of task {} as a live event: {}", part.taskId(), e.getMessage());
        }
    }

    private JobSnapshot snapshotOf(Job job) {
        return snapshots.computeIfAbsent(job.id(), id -> new JobSnapshot(Redactor.forJob(job)));
    }

    private boolean anyWants(String type, String jobId) {
        for (EventStream stream : streams) {
            if (stream.filter().wants(type, jobId)) return true;
        }
        return false;
    }

    private void broadcast(LiveEvent event) {
        streams.forEach(stream -> stream.offer(event));
    }

    /** What was last sent about one job: a fingerprint per job and task, so unchanged things are not sent again. */
    private static final class JobSnapshot {
        private final Redactor redactor;
        private final Map<String, Long> sent = new HashMap<>();

        JobSnapshot(Redactor redactor) {
            this.redactor = redactor;
        }

        boolean changed(String key, String rendered) {
            long fingerprint = ((long) rendered.hashCode() << 32) | (rendered.length() & 0xffffffffL);
            Long previous = sent.put(key, fingerprint);
            return previous == null || previous != fingerprint;
        }
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
