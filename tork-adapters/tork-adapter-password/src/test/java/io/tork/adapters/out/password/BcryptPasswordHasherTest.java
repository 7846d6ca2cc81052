package io.tork.adapters.out.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
    /** The lowest cost keeps the suite fast; the format and the checks do not depend on it. */
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$04$").hasSize(60).doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void hashingTwiceGivesTwoHashesThatBothMatch() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("same password", first)).isTrue();
        assertThat(hasher.matches("same password", second)).isTrue();
    }

    @Test
    void theDefaultCostIsTheGoEngines() {
        assertThat(new BcryptPasswordHasher().hash("a password")).startsWith("$2a$10$");
    }

    @Test
    void hashesOfOtherBcryptToolsAreRead() {
        // "password" hashed by libxcrypt (glibc's crypt(3)) in the three spellings of bcrypt
        for (String version : new String[] {"2a", "2b", "2y"}) {
            String hash = "$" + version + "$10$abcdefghijklmnopqrstuu5Lo0g67CiD3M4RpN1BmBb4Crp5w7dbK";
            assertThat(hasher.matches("password", hash)).as(version).isTrue();
            assertThat(hasher.matches("Password", hash)).as(version).isFalse();
        }
        // a vector of the Openwall bcrypt test suite
        assertThat(hasher.matches("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")).isTrue();
    }

    @Test
    void somethingThatIsNotABcryptHashMatchesNothing() {
        assertThat(hasher.matches("password", "password")).isFalse();
        assertThat(hasher.matches("password", "")).isFalse();
        assertThat(hasher.matches("password", "$2a$10$short")).isFalse();
        assertThat(hasher.matches(null, hasher.hash("password"))).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedNotCut() {
        String hash = hasher.hash("p".repeat(72));

        assertThat(hasher.matches("p".repeat(72), hash)).isTrue();
        assertThat(hasher.matches("p".repeat(71), hash)).isFalse();
        assertThatThrownBy(() -> hasher.hash("p".repeat(73))).isInstanceOf(IllegalArgumentException.class);
        assertThat(hasher.matches("p".repeat(73), hash)).as("not cut to the 72 bytes that match").isFalse();
    }

    @Test
    void anImpossibleCostIsRefused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
