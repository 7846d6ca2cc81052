package io.tork.adapters.out.datastore.postgres;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.jobSpec;
import static io.tork.contracts.TestData.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.domain.job.Job;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What PostgreSQL's English full-text search adds beyond the contract: stemming and the weights of the fields. */
class JobSearchTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    private final JobStore jobs = database.datastore().jobStore();

    @Test
    void wordsMatchTheirOtherFormsInEnglish() {
        Job backups = store(job(jobSpec("nightly backups", "copying databases", null), at(1)));
        Job runningJob = store(running(job("gamma", at(2))));

        assertThat(search("backup")).containsExactly(backups.id());
        assertThat(search("copies database")).containsExactly(backups.id());
        assertThat(search("running")).containsExactly(runningJob.id());
    }

    @Test
    void theStateWeighsMoreThanTheNameWhichWeighsMoreThanTheDescription() throws SQLException {
        Job inState = store(running(job("plain", at(1))));
        Job inName = store(job(jobSpec("running the tests", null, null), at(2)));
        Job inDescription = store(job(jobSpec("tests", "keeps running the tests", null), at(3)));

        assertThat(search("running")).containsExactly(inDescription.id(), inName.id(), inState.id());
        assertThat(rank(inState, "running")).isGreaterThan(rank(inName, "running"));
        assertThat(rank(inName, "running")).isGreaterThan(rank(inDescription, "running"));
    }

    @Test
    void aQueryOfStopWordsOnlyMatchesNothing() {
        store(job(jobSpec("the job", "of the day", null), at(1)));

        assertThat(search("the of")).isEmpty();
    }

    private Job store(Job job) {
        jobs.create(job);
        return job;
    }

    private List<String> search(String text) {
        return jobs.page(new JobQuery(text, List.of(), 1, 20)).items().stream().map(Job::id).toList();
    }

    private static double rank(Job job, String text) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT ts_rank(ts, plainto_tsquery('english', ?)) FROM jobs WHERE id = ?")) {
            query.setString(1, text);
            query.setString(2, job.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getDouble(1);
            }
        }
    }
}
