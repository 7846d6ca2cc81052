package io.tork.application.port.in;

import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;

/** @param idempotencyKey a client's key: submitting again with the same key returns the first job (may be null) */
public record SubmitJobCommand(JobSpec spec, JobKind kind, String idempotencyKey) {
    public static SubmitJobCommand of(JobSpec spec) {
        return new SubmitJobCommand(spec, JobKind.JOB, null);
    }
}
