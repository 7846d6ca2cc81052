package io.tork.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.in.CreateUserCommand;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SequentialIds;
import io.tork.domain.user.User;
import io.tork.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class UserAccountsTest {
    private final FakeUserStore store = new FakeUserStore();
    private final ReversingHasher hasher = new ReversingHasher();
    private final UserAccounts accounts = new UserAccounts(store, hasher, new SequentialIds(), new MutableClock());

    @Test
    void aCreatedUserKeepsOnlyAHashOfItsTrimmedPassword() {
        User user = accounts.create(new CreateUserCommand("  ada ", " correct horse ", " Ada L ", false));

        assertThat(user.username()).isEqualTo("ada");
        assertThat(user.name()).isEqualTo("Ada L");
        assertThat(user.passwordHash()).doesNotContain("correct horse");
        assertThat(store.findByUsername("ada")).contains(user);
        assertThat(accounts.authenticate("ada", "correct horse")).contains(user);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserAuthenticatesNobody() {
        accounts.create(new CreateUserCommand("ada", "correct horse", null, false));

        assertThat(accounts.authenticate("ada", "wrong horse")).isEmpty();
        assertThat(accounts.authenticate("bob", "correct horse")).isEmpty();
        assertThat(accounts.authenticate("ada", null)).isEmpty();
    }

    @Test
    void anUnknownUserCostsAPasswordCheckLikeAKnownOne() {
        int before = hasher.checks.get();

        accounts.authenticate("nobody", "whatever password");

        assertThat(hasher.checks.get()).isEqualTo(before + 1);
    }

    @Test
    void aRevokedUserCanNoLongerAuthenticateAndItsNameStaysTaken() {
        accounts.create(new CreateUserCommand("ada", "correct horse", null, false));

        User revoked = accounts.revoke("ada");

        assertThat(revoked.disabled()).isTrue();
        assertThat(accounts.authenticate("ada", "correct horse")).isEmpty();
        assertThatThrownBy(() -> accounts.create(new CreateUserCommand("ada", "another pass", null, false)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("user already exists");
    }

    @Test
    void revokingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> accounts.revoke("ghost")).isInstanceOf(NotFoundException.class)
                .hasMessage("user not found");
    }

    @Test
    void aDuplicateUsernameIsRefused() {
        accounts.create(new CreateUserCommand("ada", "correct horse", null, false));

        assertThatThrownBy(() -> accounts.create(new CreateUserCommand(" ada", "other password", null, false)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("user already exists");
    }

    @Test
    void everyProblemOfANewUserIsNamedAtOnce() {
        assertThatThrownBy(() -> accounts.create(new CreateUserCommand("  ", "short", null, false)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("username", "is required"),
                        new Violation("password", "must be at least 8 characters")));
        assertThatThrownBy(() -> accounts.create(new CreateUserCommand("a:b", "x".repeat(73), null, false)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("username", "must not contain spaces, control characters or ':'"),
                        new Violation("password", "must be at most 72 bytes in UTF-8")));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void theConfiguredAdminIsCreatedOnceAndFollowsTheConfiguredPassword() {
        User first = accounts.ensureAdmin("root", "first password");
        User again = accounts.ensureAdmin("root", "first password");
        assertThat(again).isEqualTo(first);

        accounts.revoke("root");
        User changed = accounts.ensureAdmin("root", "second password");

        assertThat(changed.id()).isEqualTo(first.id());
        assertThat(changed.admin()).isTrue();
        assertThat(changed.disabled()).isFalse();
        assertThat(accounts.authenticate("root", "first password")).isEmpty();
        assertThat(accounts.authenticate("root", "second password")).contains(changed);
        assertThat(accounts.users()).extracting(User::username).containsExactly("root");
    }

    @Test
    void aUserPrintsNeitherItsPasswordNorItsHash() {
        User user = accounts.create(new CreateUserCommand("ada", "correct horse", null, true));
        CreateUserCommand command = new CreateUserCommand("bob", "secret password", null, false);

        assertThat(user.toString()).doesNotContain(user.passwordHash()).contains("ada");
        assertThat(command.toString()).doesNotContain("secret password");
    }
}
