package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.ENCRYPTION_CHECK;

import io.tork.application.port.out.StoreException;
import java.util.Optional;

/**
 * Makes sure a process reads the database's secrets with the key they were written with. The first process with
 * a key leaves a known text encrypted with it; every later process must decrypt it with its own key, and one
 * without a key is refused once secrets are encrypted. So a wrong or missing key stops a process at start-up with
 * one clear line, instead of failing later on the first job that holds a secret.
 */
final class EncryptionKeyCheck {
    static final String WRONG_KEY = "datastore.encryption.key is not the key this database's secrets were encrypted "
            + "with: set the key used before";
    static final String MISSING_KEY = "this database's secrets are encrypted: set datastore.encryption.key to the key "
            + "they were encrypted with";
    private static final int ROW = 1;
    private static final String KNOWN_TEXT = "tork encryption check";

    private EncryptionKeyCheck() {
    }

    /** @throws StoreException (permanent) when the key does not fit the database */
    static void verify(Database database, Optional<SecretCipher> cipher) {
        Optional<String> stored = read(database);
        if (cipher.isEmpty()) {
            if (stored.isPresent()) throw new StoreException(MISSING_KEY, false, null);
            return;
        }
        if (stored.isEmpty()) {
            database.onConnection("can not record the encryption key check", db -> db.insertInto(ENCRYPTION_CHECK)
                    .set(ENCRYPTION_CHECK.ID, ROW)
                    .set(ENCRYPTION_CHECK.CHECK_VALUE, cipher.get().encrypt(KNOWN_TEXT))
                    .onConflictDoNothing()
                    .execute());
            // another process may have recorded its own key first: the value read back decides
            stored = read(database);
        }
        String decrypted;
        try {
            decrypted = cipher.get().decrypt(stored.orElseThrow());
        } catch (StoreException e) {
            throw new StoreException(WRONG_KEY, false, e);
        }
        if (!KNOWN_TEXT.equals(decrypted)) throw new StoreException(WRONG_KEY, false, null);
    }

    private static Optional<String> read(Database database) {
        return database.onConnection("can not read the encryption key check", db ->
                db.select(ENCRYPTION_CHECK.CHECK_VALUE).from(ENCRYPTION_CHECK).where(ENCRYPTION_CHECK.ID.eq(ROW))
                        .fetchOptional(ENCRYPTION_CHECK.CHECK_VALUE));
    }
}
