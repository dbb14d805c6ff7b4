package com.storedesk.app;

import com.storedesk.config.AppHome;
import com.storedesk.config.Presets;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.SettingsStore;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.security.vault.VaultChoice;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything known before the database opens: cheap to build on any thread, so the window
 * can greet the user in their language while the database opens in the background.
 *
 * @param demoSize the demo chain a first start on an empty database generates
 * @param presets what IT pre-set for this computer (files and environment), secrets already moved
 */
public record AppSetup(
        Path appHome,
        SettingsStore settings,
        DatabaseLocation databaseLocation,
        boolean kiosk,
        Clock clock,
        BuildInfo build,
        DemoSize demoSize,
        Presets presets) {

    private static final Logger LOG = LoggerFactory.getLogger(AppSetup.class);

    /** The file name of the embedded database inside the data folder (H2 adds {@code .mv.db}). */
    public static final String DATABASE_FILE = "storedesk";
    /** The password for a configured JDBC URL: taken from the environment, never written to disk. */
    public static final String DATABASE_PASSWORD_ENV = "STOREDESK_DB_PASSWORD";

    /** The real start: this computer's home folder, clock and IT's pre-set configuration. */
    public static AppSetup prepare(StartOptions options) {
        Path appHome = AppHome.resolve();
        Presets presets = Presets.load();
        try {
            PresetSecrets.move(presets, () -> VaultChoice.forHome(appHome));
        } catch (RuntimeException e) {
            // The secret stays in the file and is moved on the next start; the message never holds it.
            LOG.warn("Pre-set secrets could not be moved into the vault ({})", e.getClass().getSimpleName());
        }
        return prepare(options, appHome, Clock.systemDefaultZone(), presets);
    }

    public static AppSetup prepare(StartOptions options, Path appHome, Clock clock) {
        return prepare(options, appHome, clock, Presets.none());
    }

    /** On a first start (no settings file yet) the settings are seeded from {@code presets}. */
    public static AppSetup prepare(StartOptions options, Path appHome, Clock clock, Presets presets) {
        SettingsFile file = new SettingsFile(appHome);
        SettingsStore settings = Files.exists(file.path())
                ? SettingsStore.load(file)
                : firstStart(file, presets);
        DatabaseLocation location = options.database()
                .map(DatabaseLocation::parse)
                .orElseGet(() -> configuredDatabase(settings.current(), appHome));
        return new AppSetup(appHome, settings, location, options.kiosk() || presets.kiosk(), clock, BuildInfo.load(),
                DemoSize.FULL, presets);
    }

    private static SettingsStore firstStart(SettingsFile file, Presets presets) {
        UserSettings defaults = file.load();
        UserSettings seeded = presets.seed(defaults);
        if (seeded.equals(defaults)) {
            return new SettingsStore(file, defaults);
        }
        SettingsStore store = new SettingsStore(file, defaults);
        try {
            store.update(current -> seeded);
        } catch (UncheckedIOException e) {
            // The pre-set values still apply to this start; the next one seeds again.
            LOG.warn("Pre-set settings could not be saved: {}", e.getMessage());
            return new SettingsStore(file, seeded);
        }
        return store;
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
