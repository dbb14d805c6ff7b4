package com.storedesk.app;

import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.SettingsStore;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything known before the database opens: cheap to build on any thread, so the window
 * can greet the user in their language while the database opens in the background.
 *
 * @param demoSize the demo chain a first start on an empty database generates
 */
public record AppSetup(
        Path appHome,
        SettingsStore settings,
        DatabaseLocation databaseLocation,
        boolean kiosk,
        Clock clock,
        BuildInfo build,
        DemoSize demoSize) {

    /** The file name of the embedded database inside the data folder (H2 adds {@code .mv.db}). */
    public static final String DATABASE_FILE = "storedesk";
    /** The password for a configured JDBC URL: taken from the environment, never written to disk. */
    public static final String DATABASE_PASSWORD_ENV = "STOREDESK_DB_PASSWORD";

    public static AppSetup prepare(StartOptions options) {
        return prepare(options, AppHome.resolve(), Clock.systemDefaultZone());
    }

    public static AppSetup prepare(StartOptions options, Path appHome, Clock clock) {
        SettingsStore settings = SettingsStore.load(new SettingsFile(appHome));
        DatabaseLocation location = options.database()
                .map(DatabaseLocation::parse)
                .orElseGet(() -> configuredDatabase(settings.current(), appHome));
        return new AppSetup(appHome, settings, location, options.kiosk(), clock, BuildInfo.load(), DemoSize.FULL);
    }

    /**
     * Where StoreDesk keeps files beside its database (the knowledge index): the embedded file's
     * folder, or for a database at a JDBC URL the data folder of settings.
     */
    public Path dataFolder() {
        if (databaseLocation instanceof DatabaseLocation.H2File h2 && h2.file().getParent() != null) {
            return h2.file().getParent();
        }
        return settings.current().effectiveDataFolder(appHome);
    }

    /** A JDBC URL from settings wins over the embedded file in the data folder. */
    static DatabaseLocation configuredDatabase(UserSettings settings, Path appHome) {
        if (settings.databaseUrl().isPresent()) {
            return new DatabaseLocation.Jdbc(settings.databaseUrl().get(), settings.databaseUser().orElse(null),
                    System.getenv(DATABASE_PASSWORD_ENV));
        }
        return new DatabaseLocation.H2File(settings.effectiveDataFolder(appHome).resolve(DATABASE_FILE));
    }
}
