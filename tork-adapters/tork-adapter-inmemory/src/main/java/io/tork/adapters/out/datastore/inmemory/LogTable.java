package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Log parts in one list per task, oldest first, so appending is cheap and a page is read backwards without
 * sorting or copying the whole log. Not thread-safe: used only under the {@link UnitOfWork}'s lock.
 */
final class LogTable {
    private static final Comparator<TaskLogPart> OLDEST_FIRST = Comparator
            .comparingInt(TaskLogPart::number)
            .thenComparing(TaskLogPart::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final UnitOfWork unit;
    private final TaskTable tasks;
    private final Map<String, List<TaskLogPart>> partsByTask = new HashMap<>();

    LogTable(UnitOfWork unit, TaskTable tasks) {
        this.unit = unit;
        this.tasks = tasks;
    }

    void append(TaskLogPart part) {
        if (!tasks.contains(part.taskId())) {
            throw new StoreException("log part " + part.id() + " belongs to task " + part.taskId()
                    + ", which does not exist", false, null);
        }
        List<TaskLogPart> parts = partsByTask.computeIfAbsent(part.taskId(), k -> new ArrayList<>());
        parts.add(insertionPoint(parts, part), part);
        unit.onRollback(() -> remove(part));
    }

    Page<TaskLogPart> ofTask(String taskId, String search, int number, int size) {
        List<TaskLogPart> parts = partsByTask.getOrDefault(taskId, List.of());
        return pageNewestFirst(List.of(matching(parts, search)), Paging.of(number, size));
    }

    /** Newest task first (position, then creation, descending), each task's parts newest first. */
    Page<TaskLogPart> ofJob(String jobId, String search, int number, int size) {
        List<Task> oldestTaskFirst = tasks.ofJob(jobId);
        List<List<TaskLogPart>> logs = new ArrayList<>();
        for (int i = oldestTaskFirst.size() - 1; i >= 0; i--) {
            logs.add(matching(partsByTask.getOrDefault(oldestTaskFirst.get(i).id(), List.of()), search));
        }
        return pageNewestFirst(logs, Paging.of(number, size));
    }

    /** Deletes every part of the task. */
    void deleteOfTask(String taskId) {
        List<TaskLogPart> parts = partsByTask.remove(taskId);
        if (parts == null) return;
        unit.onRollback(() -> partsByTask.put(taskId, parts));
    }

    /** Deletes up to {@code limit} parts created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(java.time.Instant cutoff, int limit) {
        int deleted = 0;
        for (List<TaskLogPart> parts : List.copyOf(partsByTask.values())) {
            for (TaskLogPart part : List.copyOf(parts)) {
                if (deleted == limit) return deleted;
                if (part.createdAt() != null && part.createdAt().isBefore(cutoff)) {
                    remove(part);
                    unit.onRollback(() -> reinsert(part));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The parts containing every word of the search, as words or word beginnings, ignoring case. */
    private static List<TaskLogPart> matching(List<TaskLogPart> parts, String search) {
        List<String> wanted = Words.of(search);
        if (wanted.isEmpty()) return parts;
        return parts.stream().filter(part -> {
            List<String> own = Words.of(part.contents());
            return wanted.stream().allMatch(word -> own.stream().anyMatch(w -> w.startsWith(word)));
        }).toList();
    }

    private void reinsert(TaskLogPart part) {
        List<TaskLogPart> parts = partsByTask.computeIfAbsent(part.taskId(), k -> new ArrayList<>());
        parts.add(insertionPoint(parts, part), part);
    }

    /** Reads the logs one after the other, each from its newest part, skipping whole logs before the page. */
    private static Page<TaskLogPart> pageNewestFirst(List<List<TaskLogPart>> logs, Paging paging) {
        long total = logs.stream().mapToLong(List::size).sum();
        List<TaskLogPart> items = new ArrayList<>();
        long toSkip = paging.offset();
        for (List<TaskLogPart> log : logs) {
            if (items.size() == paging.size()) {
                break;
            }
            if (toSkip >= log.size()) {
                toSkip -= log.size();
                continue;
            }
            for (int i = log.size() - 1 - (int) toSkip; i >= 0 && items.size() < paging.size(); i--) {
                items.add(log.get(i));
            }
            toSkip = 0;
        }
        return paging.page(items, total);
    }

    /** Parts mostly arrive in order, so the search starts from the end. */
    private static int insertionPoint(List<TaskLogPart> parts, TaskLogPart part) {
        int index = parts.size();
        while (index > 0 && OLDEST_FIRST.compare(parts.get(index - 1), part) > 0) {
            index--;
        }
        return index;
    }

    private void remove(TaskLogPart part) {
        List<TaskLogPart> parts = partsByTask.get(part.taskId());
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i) == part) {
                parts.remove(i);
                break;
            }
        }
        if (parts.isEmpty()) {
            partsByTask.remove(part.taskId());
        }
    }
}
