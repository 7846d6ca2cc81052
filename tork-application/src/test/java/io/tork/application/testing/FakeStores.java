package io.tork.application.testing;

import io.tork.application.common.Stores;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.node.Node;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The datastore ports over plain maps. One monitor guards everything, so a transaction is simply holding it;
 * a transaction that throws is rolled back to a snapshot taken when it began, as a database would.
 * The port interfaces clash on method names ({@code find}, {@code update}), hence one small view per port.
 */
public final class FakeStores implements Transactions {
    private State state = new State();
    private int transactionDepth;
    private volatile String brokenTaskName;

    private final JobStore jobs = new Jobs();
    private final TaskStore tasks = new Tasks();
    private final LogStore logs = new Logs();
    private final NodeStore nodes = new Nodes();
    private final OutboxStore outbox = new Outbox();

    /** Everything stored; copied whole for rollback (the values are immutable records). */
    private static final class State {
        final Map<String, Job> jobs = new LinkedHashMap<>();
        final Map<String, Task> tasks = new LinkedHashMap<>();
        final Map<String, Long> taskOrder = new HashMap<>();
        final Map<String, String> idempotencyKeys = new HashMap<>();
        final List<TaskLogPart> logParts = new ArrayList<>();
        final Map<String, Node> nodes = new LinkedHashMap<>();
        final Map<String, OutboxEntry> outbox = new LinkedHashMap<>();
        long nextTaskOrder;

        State copy() {
            State c = new State();
            c.jobs.putAll(jobs);
            c.tasks.putAll(tasks);
            c.taskOrder.putAll(taskOrder);
            c.idempotencyKeys.putAll(idempotencyKeys);
            c.logParts.addAll(logParts);
            c.nodes.putAll(nodes);
            c.outbox.putAll(outbox);
            c.nextTaskOrder = nextTaskOrder;
            return c;
        }
    }

    public Stores stores() {
        return new Stores(jobs, tasks, logs, nodes, outbox, this);
    }

    public JobStore jobs() {
        return jobs;
    }

    public TaskStore tasks() {
        return tasks;
    }

    public LogStore logs() {
        return logs;
    }

    public NodeStore nodes() {
        return nodes;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        State before = transactionDepth == 0 ? state.copy() : null;
        transactionDepth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            if (before != null) state = before;
            throw e;
        } finally {
            transactionDepth--;
        }
    }

    /** From now on, storing a new task named {@code name} fails permanently, as a violated constraint would. */
    public void failCreatingTasksNamed(String name) {
        brokenTaskName = name;
    }

    /** Every task of every job, in creation order. */
    public synchronized List<Task> allTasks() {
        return List.copyOf(state.tasks.values());
    }

    private final class Jobs implements JobStore {
        @Override
        public void create(Job job) {
            synchronized (FakeStores.this) {
                if (state.jobs.containsKey(job.id())) throw new IllegalStateException("job " + job.id() + " exists");
                state.jobs.put(job.id(), job);
            }
        }

        @Override
        public Optional<Job> find(String id) {
            synchronized (FakeStores.this) {
                return Optional.ofNullable(state.jobs.get(id));
            }
        }

        @Override
        public Job update(String id, UnaryOperator<Job> change) {
            synchronized (FakeStores.this) {
                Job current = state.jobs.get(id);
                if (current == null) throw new NotFoundException("job not found");
                Job changed = change.apply(current);
                state.jobs.put(id, changed);
                return changed;
            }
        }

        @Override
        public Page<Job> page(JobQuery query) {
            synchronized (FakeStores.this) {
                List<Job> newestFirst = new ArrayList<>(state.jobs.values()).reversed().stream()
                        .sorted(Comparator.comparing(Job::createdAt).reversed())
                        .filter(j -> matches(j, query))
                        .toList();
                return Page.slice(newestFirst, query.page(), query.size());
            }
        }

        private boolean matches(Job job, JobQuery query) {
            String haystack = (job.spec().name() + " " + job.spec().description() + " " + job.state()).toLowerCase(Locale.ROOT);
            for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && !haystack.contains(word)) return false;
            }
            if (query.tags().isEmpty()) return true;
            List<String> tags = job.spec().tags() == null ? List.of() : job.spec().tags();
            return query.tags().stream().anyMatch(tags::contains);
        }

        @Override
        public long count(JobState s) {
            synchronized (FakeStores.this) {
                return state.jobs.values().stream().filter(j -> j.state() == s).count();
            }
        }

        @Override
        public Optional<String> claimIdempotencyKey(String key, String jobId) {
            synchronized (FakeStores.this) {
                String first = state.idempotencyKeys.putIfAbsent(key, jobId);
                return Optional.of(first == null ? jobId : first);
            }
        }
    }

    private final class Tasks implements TaskStore {
        @Override
        public void create(Task task) {
            if (task.spec() != null && task.spec().name() != null && task.spec().name().equals(brokenTaskName)) {
                throw new StoreException("the datastore refused the task", false, null);
            }
            synchronized (FakeStores.this) {
                if (state.tasks.containsKey(task.id())) throw new IllegalStateException("task " + task.id() + " exists");
                state.tasks.put(task.id(), task);
                state.taskOrder.put(task.id(), state.nextTaskOrder++);
            }
        }

        @Override
        public Optional<Task> find(String id) {
            synchronized (FakeStores.this) {
                return Optional.ofNullable(state.tasks.get(id));
            }
        }

        @Override
        public Task update(String id, UnaryOperator<Task> change) {
            synchronized (FakeStores.this) {
                Task current = state.tasks.get(id);
                if (current == null) throw new NotFoundException("task not found");
                Task changed = change.apply(current);
                state.tasks.put(id, changed);
                return changed;
            }
        }

        @Override
        public List<Task> tasksOfJob(String jobId) {
            synchronized (FakeStores.this) {
                return state.tasks.values().stream().filter(t -> t.jobId().equals(jobId))
                        .sorted(Comparator.comparingInt(Task::position).thenComparing(t -> state.taskOrder.get(t.id())))
                        .toList();
            }
        }

        @Override
        public List<Task> activeTasksOfJob(String jobId) {
            return tasksOfJob(jobId).stream().filter(t -> t.state().isActive()).toList();
        }

        @Override
        public Optional<Task> nextCreatedChild(String parentId) {
            synchronized (FakeStores.this) {
                return state.tasks.values().stream()
                        .filter(t -> parentId.equals(t.parentId()) && t.state() == TaskState.CREATED)
                        .min(Comparator.comparing(t -> state.taskOrder.get(t.id())));
            }
        }

        @Override
        public long countRunning() {
            synchronized (FakeStores.this) {
                return state.tasks.values().stream()
                        .filter(t -> t.state() == TaskState.RUNNING && t.spec().kind() instanceof TaskKind.Container)
                        .count();
            }
        }

        @Override
        public List<Task> activeTasksOfNode(String nodeId) {
            synchronized (FakeStores.this) {
                return state.tasks.values().stream()
                        .filter(t -> nodeId.equals(t.nodeId()))
                        .filter(t -> t.state() == TaskState.RUNNING || t.state() == TaskState.SCHEDULED)
                        .toList();
            }
        }
    }

    private final class Logs implements LogStore {
        @Override
        public void append(TaskLogPart part) {
            synchronized (FakeStores.this) {
                state.logParts.add(part);
            }
        }

        @Override
        public Page<TaskLogPart> ofTask(String taskId, String search, int page, int size) {
            synchronized (FakeStores.this) {
                return Page.slice(partsOf(taskId, search), page, size);
            }
        }

        @Override
        public Page<TaskLogPart> ofJob(String jobId, String search, int page, int size) {
            synchronized (FakeStores.this) {
                List<TaskLogPart> all = new ArrayList<>();
                state.tasks.values().stream().filter(t -> t.jobId().equals(jobId)).toList().reversed()
                        .forEach(t -> all.addAll(partsOf(t.id(), search)));
                return Page.slice(all, page, size);
            }
        }

        private List<TaskLogPart> partsOf(String taskId, String search) {
            String words = search == null ? "" : search.toLowerCase(Locale.ROOT);
            return state.logParts.stream().filter(p -> p.taskId().equals(taskId))
                    .filter(p -> words.isBlank() || java.util.Arrays.stream(words.trim().split("\\s+"))
                            .allMatch(w -> p.contents() != null && p.contents().toLowerCase(Locale.ROOT).contains(w)))
                    .sorted(Comparator.comparingInt(TaskLogPart::number).reversed()).toList();
        }
    }

    private final class Outbox implements OutboxStore {
        @Override
        public void keep(List<OutboxEntry> entries) {
            synchronized (FakeStores.this) {
                entries.forEach(entry -> state.outbox.put(entry.id(), entry));
            }
        }

        @Override
        public List<OutboxEntry> keptBefore(Instant before, int limit) {
            synchronized (FakeStores.this) {
                return state.outbox.values().stream().filter(entry -> entry.keptAt().isBefore(before)).limit(limit)
                        .toList();
            }
        }

        @Override
        public void remove(java.util.Collection<String> ids) {
            synchronized (FakeStores.this) {
                ids.forEach(state.outbox::remove);
            }
        }
    }

    private final class Nodes implements NodeStore {
        @Override
        public void save(Node node) {
            synchronized (FakeStores.this) {
                Node stored = state.nodes.get(node.id());
                if (stored != null && stored.lastHeartbeatAt().isAfter(node.lastHeartbeatAt())) return;
                state.nodes.put(node.id(), node);
            }
        }

        @Override
        public Optional<Node> find(String id) {
            synchronized (FakeStores.this) {
                return Optional.ofNullable(state.nodes.get(id));
            }
        }

        @Override
        public List<Node> heardSince(Instant since) {
            synchronized (FakeStores.this) {
                return state.nodes.values().stream().filter(n -> !n.lastHeartbeatAt().isBefore(since))
                        .sorted(Comparator.comparing(Node::name)).toList();
            }
        }

        @Override
        public List<Node> silentSince(Instant since) {
            synchronized (FakeStores.this) {
                return state.nodes.values().stream()
                        .filter(n -> n.status() != io.tork.domain.node.NodeStatus.OFFLINE)
                        .filter(n -> n.lastHeartbeatAt() == null || n.lastHeartbeatAt().isBefore(since))
                        .sorted(Comparator.comparing(Node::lastHeartbeatAt,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList();
            }
        }
    }
}
