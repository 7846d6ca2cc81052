package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.UserStore;
import io.tork.contracts.Concurrently;
import io.tork.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} does. The store is the same instance throughout one test and empty at its start. */
public abstract class AbstractUserStoreContractTest {

    protected abstract UserStore userStore();

    private static User user(String username) {
        return new User(newId(), username, "Name of " + username, "$2a$10$hashof" + username, false, false, at(1));
    }

    @Test
    void aCreatedUserIsFoundByUsernameAsItWasCreated() {
        User ada = new User(newId(), "ada", "Ada Lovelace", "$2a$10$abc", true, false, at(7));

        assertThat(userStore().create(ada)).isTrue();

        assertThat(userStore().findByUsername("ada")).contains(ada);
    }

    @Test
    void anUnknownUsernameIsAbsent() {
        userStore().create(user("ada"));

        assertThat(userStore().findByUsername("bob")).isEmpty();
    }

    @Test
    void usernamesAreCaseSensitive() {
        userStore().create(user("ada"));

        assertThat(userStore().findByUsername("ADA")).isEmpty();
        assertThat(userStore().create(user("ADA"))).isTrue();
    }

    @Test
    void aTakenUsernameIsNotStoredAgain() {
        User first = user("ada");
        userStore().create(first);

        assertThat(userStore().create(user("ada"))).isFalse();

        assertThat(userStore().findByUsername("ada")).contains(first);
    }

    @Test
    void aDisabledUserStillHoldsItsUsername() {
        User ada = user("ada");
        userStore().create(ada);
        userStore().update("ada", User::disable);

        assertThat(userStore().create(user("ada"))).isFalse();
    }

    @Test
    void ofUsersCreatedAtOnceWithOneNameExactlyOneIsStored() throws Exception {
        List<Boolean> stored = Concurrently.run(8, i -> userStore().create(user("race")));

        assertThat(stored).containsOnlyOnce(true);
        assertThat(userStore().all()).hasSize(1);
    }

    @Test
    void allUsersComeByUsername() {
        User carol = user("carol");
        User ada = user("ada");
        User bob = user("bob");
        userStore().create(carol);
        userStore().create(ada);
        userStore().create(bob);
        User disabledBob = userStore().update("bob", User::disable);

        assertThat(userStore().all()).containsExactly(ada, disabledBob, carol);
    }

    @Test
    void anUpdateIsStoredAndReturned() {
        User ada = user("ada");
        userStore().create(ada);
        User changed = new User(ada.id(), "ada", "Ada", "$2a$10$newhash", true, false, ada.createdAt());

        User stored = userStore().update("ada", u -> changed);

        assertThat(stored).isEqualTo(changed);
        assertThat(userStore().findByUsername("ada")).contains(changed);
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> userStore().update("ghost", User::disable))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("user not found");
    }
}
