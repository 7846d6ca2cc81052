package io.tork.adapters.out.datastore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresConfigTest {

    @Test
    void readsTheReferenceKeyValueForm() {
        PostgresConfig config = PostgresConfig.fromDsn(
                "host=localhost user=tork password=tork dbname=tork port=5432 sslmode=disable", 25);

        assertThat(config).isEqualTo(new PostgresConfig(
                "jdbc:postgresql://localhost:5432/tork?sslmode=disable", "tork", "tork", 25));
    }

    @Test
    void readsQuotedAndEscapedValues() {
        PostgresConfig config = PostgresConfig.fromDsn(
                "host = db.example user=tork password='two words' dbname=jobs", 5);

        assertThat(config.password()).isEqualTo("two words");
        assertThat(PostgresConfig.fromDsn("user=tork password='a b\\'c' dbname=jobs", 5).password())
                .isEqualTo("a b'c");
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db.example:5432/jobs");
    }

    @Test
    void theDatabaseDefaultsToTheUserName() {
        assertThat(PostgresConfig.fromDsn("host=db user=tork", 5).url()).isEqualTo("jdbc:postgresql://db:5432/tork");
    }

    @Test
    void readsAPostgresUrl() {
        PostgresConfig config = PostgresConfig.fromDsn("postgres://tork:p%40ss@db:6543/jobs?sslmode=require", 3);

        assertThat(config).isEqualTo(new PostgresConfig(
                "jdbc:postgresql://db:6543/jobs?sslmode=require", "tork", "p@ss", 3));
    }

    @Test
    void takesAJdbcUrlAsItIs() {
        assertThat(PostgresConfig.fromDsn("jdbc:postgresql://db/tork?user=a", 2))
                .isEqualTo(new PostgresConfig("jdbc:postgresql://db/tork?user=a", null, null, 2));
    }

    @Test
    void refusesWhatItCanNotRead() {
        assertThatThrownBy(() -> PostgresConfig.fromDsn("host", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing '='");
        assertThatThrownBy(() -> PostgresConfig.fromDsn("password='open", 1))
                .hasMessageContaining("unterminated quote");
        assertThatThrownBy(() -> new PostgresConfig("jdbc:mysql://db/tork", null, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostgresConfig("jdbc:postgresql://db/tork", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsTextLeavesThePasswordOut() {
        assertThat(new PostgresConfig("jdbc:postgresql://db/tork", "tork", "secret", 1).toString())
                .doesNotContain("secret");
    }
}
