package com.storedesk.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code storedesk.properties} that IT placed beside the installation or in the machine-wide
 * folder. Read once; {@link #removeKey} rewrites it line by line so IT's comments and order stay.
 */
public final class PresetFile {

    private static final Logger LOG = LoggerFactory.getLogger(PresetFile.class);

    private final Path path;
    private final Map<String, String> values;

    private PresetFile(Path path, Map<String, String> values) {
        this.path = path;
        this.values = values;
    }

    /** The file at {@code path}; empty when there is none or it cannot be read (logged). */
    public static Optional<PresetFile> read(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Pre-set configuration {} could not be read ({}); ignoring it", path, e.getClass().getSimpleName());
            return Optional.empty();
        }
        Map<String, String> values = new TreeMap<>();
        props.stringPropertyNames().forEach(key -> {
            String value = props.getProperty(key).strip();
            if (!value.isEmpty()) {
                values.put(key, value);
            }
        });
        return Optional.of(new PresetFile(path, values));
    }

    public Path path() {
        return path;
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Removes {@code key}'s line from the file. Returns false, without throwing, when the file cannot
     * be written (a machine-wide file a user may only read): the caller says so in the log.
     */
    public boolean removeKey(String key) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            List<String> kept = new ArrayList<>();
            for (String line : text.split("\\R", -1)) {
                if (!definesKey(line, key)) {
                    kept.add(line);
                }
            }
            Files.writeString(path, String.join(System.lineSeparator(), kept), StandardCharsets.UTF_8);
            values.remove(key);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** True when {@code line} is {@code key=...}, {@code key:...} or {@code key ...} (continuation lines are not used for secrets). */
    private static boolean definesKey(String line, String key) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return false;
        }
        Properties one = new Properties();
        try {
            one.load(new StringReader(trimmed));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return one.containsKey(key);
    }
}
