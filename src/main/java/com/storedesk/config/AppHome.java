package com.storedesk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder of the operating system where StoreDesk keeps its settings, logs
 * and (unless moved in Settings) its database. {@code -Dstoredesk.home} or the
 * {@code STOREDESK_HOME} environment variable override it, which tests and IT rely on.
 */
public final class AppHome {

    static final String PROPERTY = "storedesk.home";
    static final String ENV = "STOREDESK_HOME";
    private static final String FOLDER = "StoreDesk";

    private AppHome() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getProperties().getProperty(PROPERTY), System.getenv());
    }

    static Path resolve(String osName, String propertyOverride, Map<String, String> env) {
        if (propertyOverride != null && !propertyOverride.isBlank()) {
            return Path.of(propertyOverride).toAbsolutePath();
        }
        String envOverride = env.get(ENV);
        if (envOverride != null && !envOverride.isBlank()) {
            return Path.of(envOverride).toAbsolutePath();
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return base.resolve(FOLDER);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(FOLDER);
        }
        String xdgDataHome = env.get("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank()
                ? Path.of(xdgDataHome)
                : userHome.resolve(".local").resolve("share");
        return base.resolve(FOLDER);
    }

    public static Path logFolder(Path home) {
        return home.resolve("logs");
    }
}
