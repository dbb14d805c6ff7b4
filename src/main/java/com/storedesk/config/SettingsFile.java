package com.storedesk.config;

import com.storedesk.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link UserSettings} as {@code settings.properties} in the {@link AppHome}
 * folder. It is a plain properties file so IT can pre-set it; a value that cannot be read
 * falls back to its default (and is logged) rather than stopping the application.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.properties";

    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String DATA_FOLDER = "data.folder";
    static final String DATABASE_URL = "database.url";
    static final String DATABASE_USER = "database.user";
    static final String WINDOW_X = "window.x";
    static final String WINDOW_Y = "window.y";
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";
    static final String WINDOW_MAXIMIZED = "window.maximized";
    static final String KIOSK_IDLE_SECONDS = "kiosk.idleTimeoutSeconds";
    static final String KIOSK_STORE = "kiosk.store";
    static final String LLM_BASE_URL = "llm.baseUrl";
    static final String LLM_MODEL = "llm.model";
    static final String LLM_TIMEOUT_SECONDS = "llm.timeoutSeconds";
    static final String LLM_LOYALTY_ID_PATTERN = "llm.loyaltyIdPattern";
    static final String KNOWLEDGE_FOLDER = "knowledge.folder";
    static final String WEBHOOKS_BIND = "webhooks.bindAddress";
    static final String WEBHOOKS_PORT = "webhooks.port";
    static final String WEBHOOKS_START_WITH_APP = "webhooks.startWithApp";
    static final String CAMERA_NAME = "camera.name";
    static final String CAMERA_SOUND = "camera.sound";

    private static final Logger log = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path appHome) {
        this.file = appHome.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Settings file {} could not be read ({}); using defaults", file, e.getMessage());
            return UserSettings.defaults();
        }
        UserSettings defaults = UserSettings.defaults();
        return new UserSettings(
                parse(props, LANGUAGE, Language::fromTag, defaults.language()),
                parse(props, THEME, v -> Theme.valueOf(v.toUpperCase(Locale.ROOT)), defaults.theme()),
                text(props, DATA_FOLDER).map(Path::of),
                text(props, DATABASE_URL),
                text(props, DATABASE_USER),
                windowBounds(props),
                parse(props, KIOSK_IDLE_SECONDS, v -> positiveSeconds(v), defaults.kioskIdleTimeout()),
                text(props, KIOSK_STORE),
                llm(props, defaults.llm()),
                text(props, KNOWLEDGE_FOLDER).map(Path::of),
                webhooks(props, defaults.webhooks()),
                new CameraSettings(text(props, CAMERA_NAME),
                        parse(props, CAMERA_SOUND, SettingsFile::flag, defaults.camera().sound())));
    }

    public void save(UserSettings settings) {
        Properties props = new Properties();
        props.setProperty(LANGUAGE, settings.language().tag());
        props.setProperty(THEME, settings.theme().name().toLowerCase(Locale.ROOT));
        settings.dataFolder().ifPresent(p -> props.setProperty(DATA_FOLDER, p.toString()));
        settings.databaseUrl().ifPresent(u -> props.setProperty(DATABASE_URL, u));
        settings.databaseUser().ifPresent(u -> props.setProperty(DATABASE_USER, u));
        settings.windowBounds().ifPresent(b -> {
            props.setProperty(WINDOW_X, Double.toString(b.x()));
            props.setProperty(WINDOW_Y, Double.toString(b.y()));
            props.setProperty(WINDOW_WIDTH, Double.toString(b.width()));
            props.setProperty(WINDOW_HEIGHT, Double.toString(b.height()));
            props.setProperty(WINDOW_MAXIMIZED, Boolean.toString(b.maximized()));
        });
        props.setProperty(KIOSK_IDLE_SECONDS, Long.toString(settings.kioskIdleTimeout().toSeconds()));
        settings.kioskStore().ifPresent(code -> props.setProperty(KIOSK_STORE, code));
        settings.llm().baseUrl().ifPresent(url -> props.setProperty(LLM_BASE_URL, url));
        settings.llm().model().ifPresent(model -> props.setProperty(LLM_MODEL, model));
        props.setProperty(LLM_TIMEOUT_SECONDS, Long.toString(settings.llm().timeout().toSeconds()));
        props.setProperty(LLM_LOYALTY_ID_PATTERN, settings.llm().loyaltyIdPattern());
        settings.knowledgeFolder().ifPresent(p -> props.setProperty(KNOWLEDGE_FOLDER, p.toString()));
        props.setProperty(WEBHOOKS_BIND, settings.webhooks().bindAddress());
        props.setProperty(WEBHOOKS_PORT, Integer.toString(settings.webhooks().port()));
        props.setProperty(WEBHOOKS_START_WITH_APP, Boolean.toString(settings.webhooks().startWithApp()));
        settings.camera().camera().ifPresent(name -> props.setProperty(CAMERA_NAME, name));
        props.setProperty(CAMERA_SOUND, Boolean.toString(settings.camera().sound()));
        write(props);
    }

    private void write(Properties props) {
        try {
            Files.createDirectories(file.getParent());
            // Write beside the file and move over it, so a crash mid-write never leaves half a file.
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                props.store(writer, "StoreDesk settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Settings could not be saved to " + file, e);
        }
    }

    private static Optional<WindowBounds> windowBounds(Properties props) {
        if (text(props, WINDOW_WIDTH).isEmpty()) {
            return Optional.empty();
        }
        try {
            WindowBounds bounds = new WindowBounds(
                    Double.parseDouble(props.getProperty(WINDOW_X, "0")),
                    Double.parseDouble(props.getProperty(WINDOW_Y, "0")),
                    Double.parseDouble(props.getProperty(WINDOW_WIDTH)),
                    Double.parseDouble(props.getProperty(WINDOW_HEIGHT, "0")),
                    Boolean.parseBoolean(props.getProperty(WINDOW_MAXIMIZED, "false")));
            return bounds.isUsable() ? Optional.of(bounds) : Optional.empty();
        } catch (NumberFormatException e) {
            log.warn("Ignoring unreadable window position in settings: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static LlmSettings llm(Properties props, LlmSettings defaults) {
        return new LlmSettings(text(props, LLM_BASE_URL), text(props, LLM_MODEL),
                parse(props, LLM_TIMEOUT_SECONDS, v -> positiveSeconds(v), defaults.timeout()),
                parse(props, LLM_LOYALTY_ID_PATTERN, SettingsFile::regex, defaults.loyaltyIdPattern()));
    }

    private static WebhookSettings webhooks(Properties props, WebhookSettings defaults) {
        return new WebhookSettings(text(props, WEBHOOKS_BIND).orElse(defaults.bindAddress()),
                parse(props, WEBHOOKS_PORT, SettingsFile::port, defaults.port()),
                parse(props, WEBHOOKS_START_WITH_APP, Boolean::parseBoolean, defaults.startWithApp()));
    }

    /** Only {@code true} or {@code false}: a typo keeps the default instead of meaning "off". */
    private static boolean flag(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("must be 0 to 65535");
        }
        return port;
    }

    /** A pattern that does not compile is refused here, so masking never meets it. */
    private static String regex(String value) {
        Pattern.compile(value);
        return value;
    }

    private static Duration positiveSeconds(String value) {
        long seconds = Long.parseLong(value);
        if (seconds <= 0) {
            throw new IllegalArgumentException("must be positive");
        }
        return Duration.ofSeconds(seconds);
    }

    private static Optional<String> text(Properties props, String key) {
        String value = props.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static <T> T parse(Properties props, String key, Function<String, T> parser, T fallback) {
        Optional<String> value = text(props, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(value.get());
        } catch (RuntimeException e) {
            log.warn("Ignoring setting {}={} ({}); using {}", key, value.get(), e.getMessage(), fallback);
            return fallback;
        }
    }
}
