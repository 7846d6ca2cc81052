package io.tork.domain.spec;

import java.util.List;

public record ParallelSpec(List<TaskSpec> tasks) {
    public ParallelSpec {
        tasks = io.tork.domain.common.Collections2.listOrNull(tasks);
    }
}
