package io.tork.app.cli;

import io.tork.app.config.TorkConfig;

/** Brings the configured datastore's schema up to date ({@code tork migration}). Implemented by the wiring. */
@FunctionalInterface
public interface DatabaseMigration {

    /**
     * Creates or upgrades the schema; running it again changes nothing.
     *
     * @throws Exception when the datastore cannot be migrated; the message is shown to the operator as one line
     */
    void migrate(TorkConfig config) throws Exception;
}
