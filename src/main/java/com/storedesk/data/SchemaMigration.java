package com.storedesk.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the schema to this StoreDesk's version with Flyway, refusing databases from a newer StoreDesk. */
final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    static final String MIGRATIONS = "classpath:db/migration";

    /** Applied by a newer StoreDesk: versions above every migration this build has. */
    private static final Set<MigrationState> FROM_NEWER_VERSION =
            EnumSet.of(MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);

    private final Flyway flyway;

    SchemaMigration(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
    }

    /** Migrates and returns the schema version now in the database. */
    String migrate(DatabaseLocation location) {
        try {
            MigrationInfoService before = flyway.info();
            Optional<MigrationInfo> newer = newestFromNewerVersion(before);
            if (newer.isPresent()) {
                // Refused before migrate(): Flyway itself would ignore future migrations and carry on.
                FlywayException why = new FlywayException("Schema version " + newer.get().getVersion()
                        + " was applied by a newer StoreDesk than this one");
                throw OpenFailures.unavailable(DatabaseUnavailableException.Reason.NEWER_SCHEMA, location, why);
            }
            MigrateResult result = flyway.migrate();
            if (!result.success) {
                throw OpenFailures.unavailable(DatabaseUnavailableException.Reason.MIGRATION_FAILED, location, null);
            }
            if (result.migrationsExecuted == 0) {
                return versionOf(before.current());
            }
            LOG.info("Migrated database {} from schema version {} to {}", location.describe(),
                    result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                    result.targetSchemaVersion);
            return result.targetSchemaVersion;
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (FlywayValidateException e) {
            // Its message only says validation failed; the result says which migration and why.
            throw OpenFailures.migrating(location, new FlywayException(validationErrors(), e));
        } catch (RuntimeException e) {
            throw OpenFailures.migrating(location, e);
        }
    }

    private String validationErrors() {
        try {
            return flyway.validateWithResult().getAllErrorMessages();
        } catch (RuntimeException e) {
            return "Flyway validation failed";
        }
    }

    private static String versionOf(MigrationInfo migration) {
        return migration == null || migration.getVersion() == null ? "" : migration.getVersion().getVersion();
    }

    private static Optional<MigrationInfo> newestFromNewerVersion(MigrationInfoService info) {
        return Arrays.stream(info.applied())
                .filter(migration -> FROM_NEWER_VERSION.contains(migration.getState()))
                .reduce((older, newer) -> newer);
    }
}
