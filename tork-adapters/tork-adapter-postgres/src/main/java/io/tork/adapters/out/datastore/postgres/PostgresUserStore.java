package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.USERS;

import io.tork.adapters.out.datastore.postgres.schema.tables.records.UsersRecord;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.UserStore;
import io.tork.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Users as plain rows; the unique username makes a second creation with one name store nothing. */
final class PostgresUserStore implements UserStore {
    private final Database database;

    PostgresUserStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean create(User user) {
        return database.onConnection("can not create user " + user.username(), db -> db.insertInto(USERS)
                .set(USERS.ID, user.id())
                .set(USERS.USERNAME, user.username())
                .set(USERS.NAME, NulCharacters.strip(user.name()))
                .set(USERS.PASSWORD_HASH, user.passwordHash())
                .set(USERS.IS_ADMIN, user.admin())
                .set(USERS.IS_DISABLED, user.disabled())
                .set(USERS.CREATED_AT, Timestamps.utc(user.createdAt()))
                .onConflict(USERS.USERNAME).doNothing()
                .execute()) == 1;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return database.onConnection("can not read user " + username, db -> db.selectFrom(USERS)
                .where(USERS.USERNAME.eq(username))
                .fetchOptional()
                .map(PostgresUserStore::user));
    }

    @Override
    public List<User> all() {
        return database.onConnection("can not list users", db -> db.selectFrom(USERS)
                .orderBy(USERS.USERNAME.collate("C").asc())
                .fetch()
                .map(PostgresUserStore::user));
    }

    @Override
    public User update(String username, UnaryOperator<User> change) {
        return database.inTransaction("can not update user " + username, db -> {
            User current = db.selectFrom(USERS).where(USERS.USERNAME.eq(username)).forUpdate()
                    .fetchOptional()
                    .map(PostgresUserStore::user)
                    .orElseThrow(() -> new NotFoundException("user not found"));
            User changed = change.apply(current);
            if (!changed.id().equals(current.id()) || !changed.username().equals(current.username())) {
                throw new IllegalArgumentException("an update must keep the user's id and username");
            }
            db.update(USERS)
                    .set(USERS.NAME, NulCharacters.strip(changed.name()))
                    .set(USERS.PASSWORD_HASH, changed.passwordHash())
                    .set(USERS.IS_ADMIN, changed.admin())
                    .set(USERS.IS_DISABLED, changed.disabled())
                    .where(USERS.ID.eq(current.id()))
                    .execute();
            return changed;
        });
    }

    private static User user(UsersRecord row) {
        return new User(row.getId(), row.getUsername(), row.getName(), row.getPasswordHash(), row.getIsAdmin(),
                row.getIsDisabled(), row.getCreatedAt().toInstant());
    }
}
