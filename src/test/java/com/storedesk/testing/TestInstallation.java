package com.storedesk.testing;

import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.BuildInfo;
import com.storedesk.app.DemoSize;
import com.storedesk.config.Presets;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.SettingsStore;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.entity.Store;
import com.storedesk.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A StoreDesk installation for one test: its own home folder and H2 file under
 * {@code target/test-home-N} (one per test JVM), a fixed clock, and helpers to put known rows in the database.
 */
public final class TestInstallation {

    /** 23 Nov 2026, 15:30 UTC: the moment every test installation lives in. */
    public static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    /** A first start's demo chain in tests: small, so it is quick, with both time zones. */
    public static final DemoSize DEMO = new DemoSize(2, 3);

    private final Path home;

    private TestInstallation(Path home) {
        this.home = home;
    }

    public static TestInstallation create() {
        Path base = Path.of(System.getProperty("storedesk.home", "target/test-home"));
        Path home = base.resolve("installations").resolve(UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestInstallation(home);
    }

    public Path home() {
        return home;
    }

    public Path databaseFile() {
        return home.resolve(AppSetup.DATABASE_FILE);
    }

    public TestInstallation settings(UnaryOperator<UserSettings> change) {
        SettingsFile file = new SettingsFile(home);
        file.save(change.apply(file.load()));
        return this;
    }

    public TestInstallation language(Language language) {
        return settings(s -> s.withLanguage(language));
    }

    public AppSetup setup(boolean kiosk) {
        SettingsStore settings = SettingsStore.load(new SettingsFile(home));
        return new AppSetup(home, settings, new DatabaseLocation.H2File(databaseFile()), kiosk,
                Clock.fixed(NOW, ZoneOffset.UTC), BuildInfo.load(), DEMO, Presets.none());
    }

    public AppContext open(boolean kiosk) {
        return AppContext.open(setup(kiosk));
    }

    /** Two stores in two time zones, as a POS sync would deliver them. */
    public static void seedStores(AppContext context) {
        context.database().writeVoid(session -> {
            session.persist(new Store("demo", "store-001", "DT01", "Downtown Flagship",
                    ZoneId.of("America/New_York"), Currency.getInstance("USD")));
            session.persist(new Store("demo", "store-002", "ML02", "Riverside Mall",
                    ZoneId.of("America/Chicago"), Currency.getInstance("USD")));
        });
    }
}
