package com.storedesk.config;

import com.storedesk.i18n.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What IT pre-set for this computer, in layers: a {@code storedesk.properties} beside the
 * installation, then one in the machine-wide folder, then environment variables; a later layer
 * wins. Every key is documented in {@code installer/README.md}. The user's own
 * {@code settings.properties} is seeded from these on its first start and is the user's after that;
 * kiosk mode and the environment apply on every start.
 */
public final class Presets {

    public static final String FILE_NAME = "storedesk.properties";

    public static final String STORE = "store";
    public static final String LANGUAGE = "language";
    public static final String KIOSK = "kiosk";
    public static final String POS_PLATFORM = "pos.platform";
    public static final String POS_BASE_URL = "pos.baseUrl";
    public static final String POS_ACCOUNT = "pos.account";
    public static final String POS_LOCATION = "pos.location";
    public static final String POS_TOKEN = "pos.token";
    public static final String LLM_BASE_URL = "llm.baseUrl";
    public static final String LLM_MODEL = "llm.model";
    public static final String LLM_API_KEY = "llm.apiKey";

    /** The environment variable for each key that may come from the environment. */
    static final Map<String, String> ENVIRONMENT = Map.of(
            STORE, "STOREDESK_STORE",
            LANGUAGE, "STOREDESK_LANGUAGE",
            KIOSK, "STOREDESK_KIOSK",
            POS_PLATFORM, "STOREDESK_POS_PLATFORM",
            POS_BASE_URL, "STOREDESK_POS_BASE_URL",
            POS_ACCOUNT, "STOREDESK_POS_ACCOUNT",
            POS_LOCATION, "STOREDESK_POS_LOCATION",
            LLM_BASE_URL, "STOREDESK_LLM_BASE_URL",
            LLM_MODEL, "STOREDESK_LLM_MODEL");

    private static final Logger LOG = LoggerFactory.getLogger(Presets.class);

    private final List<PresetFile> files;
    private final Map<String, String> environment;

    Presets(List<PresetFile> files, Map<String, String> environment) {
        this.files = List.copyOf(files);
        this.environment = Map.copyOf(environment);
    }

    /** This computer's presets: its files by {@link #locations} and the process environment. */
    public static Presets load() {
        return load(locations(System.getProperty("os.name", ""), System.getenv(),
                Optional.ofNullable(System.getProperty("jpackage.app-path")).map(Path::of)), System.getenv());
    }

    /** The files at {@code locations} that exist (the lowest layer first) and {@code environment}. */
    public static Presets load(List<Path> locations, Map<String, String> environment) {
        List<PresetFile> found = new ArrayList<>();
        for (Path location : locations) {
            PresetFile.read(location).ifPresent(file -> {
                LOG.info("Pre-set configuration read from {}", file.path());
                found.add(file);
            });
        }
        return new Presets(found, environment);
    }

    public static Presets none() {
        return new Presets(List.of(), Map.of());
    }

    /**
     * Where IT may place {@value #FILE_NAME}, lowest layer first: beside the installation (found
     * from the packaged launcher {@code launcher}), then the machine-wide folder of the OS.
     */
    static List<Path> locations(String osName, Map<String, String> env, Optional<Path> launcher) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> locations = new ArrayList<>();
        // Windows: <dir>\StoreDesk.exe; Linux: <dir>/bin/StoreDesk; macOS: StoreDesk.app/Contents/MacOS/StoreDesk.
        launcher.map(Path::toAbsolutePath).map(path -> os.startsWith("windows") ? path.getParent()
                        : path.getParent() == null ? null : path.getParent().getParent())
                .ifPresent(dir -> locations.add(dir.resolve(FILE_NAME)));
        if (os.startsWith("windows")) {
            String programData = env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
            locations.add(Path.of(programData, "StoreDesk", FILE_NAME));
        } else if (os.startsWith("mac")) {
            locations.add(Path.of("/Library", "Application Support", "StoreDesk", FILE_NAME));
        } else {
            locations.add(Path.of("/etc", "storedesk", FILE_NAME));
        }
        return locations;
    }

    /** The value in force for {@code key}: the environment, else the highest file that has it. */
    public Optional<String> value(String key) {
        String variable = ENVIRONMENT.get(key);
        if (variable != null) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            Optional<String> value = files.get(i).value(key);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The files that hold {@code key}, highest layer first (secrets are removed from each). */
    public List<PresetFile> filesWith(String key) {
        List<PresetFile> holding = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).value(key).isPresent()) {
                holding.add(files.get(i));
            }
        }
        return holding;
    }

    /** Kiosk mode pre-set with {@code kiosk=true}. */
    public boolean kiosk() {
        return value(KIOSK).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }

    /** {@code settings} with the pre-set store, language and LLM endpoint, for a first start. */
    public UserSettings seed(UserSettings settings) {
        UserSettings seeded = settings;
        Optional<String> language = value(LANGUAGE);
        if (language.isPresent()) {
            try {
                seeded = seeded.withLanguage(Language.fromTag(language.get()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring pre-set language {} ({})", language.get(), e.getMessage());
            }
        }
        Optional<String> store = value(STORE);
        if (store.isPresent()) {
            seeded = seeded.withKioskStore(store.get());
        }
        Optional<String> llmUrl = value(LLM_BASE_URL);
        if (llmUrl.isPresent()) {
            seeded = seeded.withLlm(seeded.llm().withEndpoint(llmUrl.get(),
                    value(LLM_MODEL).orElse(seeded.llm().model().orElse("gpt-4o-mini"))));
        }
        return seeded;
    }
}
