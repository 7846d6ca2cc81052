package io.tork.app.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import io.tork.app.logging.LoggingSetup;
import io.tork.app.config.TorkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tork migration}: creates or upgrades the PostgreSQL schema, then prints {@code migration completed}. */
@Command(
        name = "migration",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create or upgrade the PostgreSQL schema (datastore.postgres.*); safe to run again.")
final class MigrationCommand implements Callable<Integer> {
    private final ConfigSource configSource;
    private final DatabaseMigration migration;

    @Spec
    CommandSpec spec;

    MigrationCommand(ConfigSource configSource, DatabaseMigration migration) {
        this.configSource = Objects.requireNonNull(configSource);
        this.migration = Objects.requireNonNull(migration);
    }

    @Override
    public Integer call() throws Exception {
        TorkConfig config = configSource.load();
        LoggingSetup.apply(config.logging());
        migration.migrate(config);
        spec.commandLine().getOut().println("migration completed");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
