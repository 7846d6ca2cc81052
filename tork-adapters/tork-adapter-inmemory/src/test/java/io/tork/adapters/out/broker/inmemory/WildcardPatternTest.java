package io.tork.adapters.out.broker.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardPatternTest {

    @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            job.*           | job.completed     | true
            job.*           | job.failed        | true
            job.*           | job.a.b.c         | true
            job.*           | job.              | true
            job.*           | job               | false
            job.*           | jobs.completed    | false
            job.*           | scheduled.job     | false
            job.completed   | job.completed     | true
            job.completed   | job.completedx    | false
            job.completed   | job.failed        | false
            *               | anything.at.all   | true
            *               | ''                | true
            *.completed     | job.completed     | true
            *.completed     | job.failed        | false
            a*b*c           | axxbyyc           | true
            a*b*c           | abc               | true
            a*b*c           | axxbyy            | false
            a*b*c           | acb               | false
            a**b            | ab                | true
            *a*a*a*b        | aaaaaaaaaaaaaaab  | true
            *a*a*a*b        | aaaaaaaaaaaaaaaa  | false
            job.?           | job.?             | true
            job.?           | job.x             | false
            a.b             | axb               | false
            ''              | ''                | true
            ''              | x                 | false
            """)
    void starMatchesAnyRunOfCharactersAndEverythingElseOnlyItself(String pattern, String topic, boolean matches) {
        assertThat(new WildcardPattern(pattern).matches(topic)).isEqualTo(matches);
    }
}
