package io.tork.application.job;

import static io.tork.application.testing.Specs.IMAGE;
import static io.tork.application.testing.Specs.aJob;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tork.application.common.Outbox;
import io.tork.application.common.QueueNames;
import io.tork.application.common.TransactionalWork;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.SubmitJobCommand;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.testing.Harness;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.validation.KnownRuntimes;
import io.tork.domain.validation.Violation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accepting jobs: complete validation up front, idempotency keys, and the hand-over to a coordinator. */
class JobSubmissionTest {
    private final Harness harness = Harness.builder().withoutWorker().start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void anAcceptedJobIsStartedInTheTransactionThatStoresIt() {
        Job accepted = harness.submit(job(task("first").build()));

        assertThat(accepted.state()).as("answered as submitted").isEqualTo(JobState.PENDING);
        assertThat(accepted.kind()).isEqualTo(JobKind.JOB);
        assertThat(accepted.createdAt()).isEqualTo(harness.clock().instant());
        assertThat(harness.job(accepted.id()).state()).as("started before the answer").isEqualTo(JobState.SCHEDULED);
        assertThat(harness.queue().publishedTo(QueueNames.JOBS)).as("no start command").isEmpty();
        assertThat(harness.queue().publishedTo("default")).as("its task sent to a worker").hasSize(1);
    }

    @Test
    void aJobWhoseStartFailsOnSubmissionIsStoredAgainAndGivenAStartCommand() {
        JobStart failing = new JobStart() {
            @Override
            public TransactionalWork work() {
                return harness.coordinator().jobStart().work();
            }

            @Override
            public void start(Job submitted, Outbox out) {
                harness.stores().stores().jobs().create(submitted);
                throw new IllegalStateException("a bug in starting");
            }

            @Override
            public void started(String jobId) {
                throw new AssertionError("not started");
            }
        };
        JobSubmission submission = new JobSubmission(harness.stores().stores(), failing, new SimpleExpressions(),
                harness.ids(), harness.clock(), KnownRuntimes.unchecked(true));

        Job accepted = submission.submit(SubmitJobCommand.of(job(task("first").build())));

        assertThat(harness.queue().publishedTo(QueueNames.JOBS))
                .containsExactly(new JobCommand(accepted.id(), JobCommandType.START, null));
        assertThat(harness.job(accepted.id()).state()).as("the coordinator took it on").isEqualTo(JobState.SCHEDULED);
        assertThat(harness.reading().jobs(JobQuery.all(1, 10)).totalItems()).as("stored once").isEqualTo(1);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstJob() {
        Job first = harness.submission().submit(new SubmitJobCommand(job(task("first").build()), JobKind.JOB, "key-1"));
        Job again = harness.submission().submit(new SubmitJobCommand(job(task("other").build()), JobKind.JOB, "key-1"));
        Job other = harness.submission().submit(new SubmitJobCommand(job(task("first").build()), JobKind.JOB, "key-2"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(harness.reading().jobs(JobQuery.all(1, 10)).totalItems()).isEqualTo(2);
        assertThat(harness.queue().publishedTo("default")).as("two jobs started").hasSize(2);
    }

    @Test
    void validationReportsEveryViolationAtOnceEachNamingItsField() {
        TaskSpec bad = TaskSpec.builder().retry(new RetryPolicy(20, null, null)).queue("x-private").build();

        InvalidRequestException rejected = catchThrowableOfType(InvalidRequestException.class,
                () -> harness.submit(aJob().name(" ").timeout("soon").tasks(bad).build()));

        assertThat(rejected.violations()).extracting(Violation::field)
                .contains("name", "timeout", "tasks[0].name", "tasks[0].image", "tasks[0].retry.limit", "tasks[0].queue");
        assertThat(rejected.getMessage()).contains("problems").contains("tasks[0].retry.limit");
        assertThat(harness.reading().jobs(JobQuery.all(1, 10)).totalItems()).isZero();
        assertThat(harness.queue().published()).isEmpty();
    }

    @Test
    void expressionsThatDoNotParseAreRejectedAtSubmission() {
        InvalidRequestException rejected = catchThrowableOfType(InvalidRequestException.class, () -> harness.submit(
                aJob().tasks(task("first").env(Map.of("URL", "{{ inputs.url")).build()).output("{{ tasks.x }} }}").build()));

        assertThat(rejected.violations()).extracting(Violation::field).containsExactlyInAnyOrder("tasks[0].env.URL", "output");
        assertThat(harness.queue().published()).isEmpty();
    }

    @Test
    void anEmptyJobDocumentIsRejected() {
        assertThatThrownBy(() -> harness.submission().submit(new SubmitJobCommand(null, JobKind.JOB, null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aSingleTaskIsValidatedWithFieldsNamedFromTheTask() {
        TaskSpec bad = TaskSpec.builder().name("t").queue("pending").timeout("-1s").build();

        InvalidRequestException rejected = catchThrowableOfType(InvalidRequestException.class,
                () -> harness.submission().submitTask(bad));

        assertThat(rejected.violations()).extracting(Violation::field).containsExactlyInAnyOrder("image", "queue", "timeout");
    }

    @Test
    void anEmptySingleTaskIsRejected() {
        assertThatThrownBy(() -> harness.submission().submitTask(null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aSingleTaskBecomesAOneTaskJob() {
        Job accepted = harness.submission().submitTask(TaskSpec.builder().name("seed").image(IMAGE).build());

        assertThat(accepted.kind()).isEqualTo(JobKind.SINGLE_TASK);
        assertThat(accepted.spec().tasks()).extracting(TaskSpec::name).containsExactly("seed");
        assertThat(harness.execution(accepted.id())).singleElement()
                .satisfies(t -> assertThat(t.stdoutAsResult()).isTrue());
    }
}
