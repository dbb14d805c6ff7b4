package com.storedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the four bundles honest: same keys everywhere, every key used, every pattern valid,
 * and no user-visible control built from a string literal.
 */
class BundleConsistencyTest {

    private static final Path BUNDLES = Path.of("i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "new (Label|Button|ToggleButton|Tooltip|Text|CheckBox|RadioButton|Hyperlink|MenuItem|Menu|Tab|TitledPane"
                    + "|Message|ButtonType)\\(\\s*\"|\\.(setText|setTitle|setPromptText|setHeaderText|setContentText)"
                    + "\\(\\s*\"");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBundleHasExactlyTheEnglishKeys(Language language) throws IOException {
        Set<String> english = load(Language.ENGLISH).stringPropertyNames();
        Set<String> translated = load(language).stringPropertyNames();
        assertThat(new TreeSet<>(translated)).as("keys of %s", language).isEqualTo(new TreeSet<>(english));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueIsAValidPatternWithTheEnglishPlaceholders(Language language) throws IOException {
        Properties english = load(Language.ENGLISH);
        Properties translated = load(language);
        for (String key : translated.stringPropertyNames()) {
            String value = translated.getProperty(key);
            assertThat(value).as("%s in %s", key, language).isNotBlank();
            assertThat(LONE_APOSTROPHE.matcher(value).find())
                    .as("%s in %s has a single apostrophe; MessageFormat needs ''", key, language).isFalse();
            new MessageFormat(value, language.locale());
            assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String code = allSources();
        List<String> unused = load(Language.ENGLISH).stringPropertyNames().stream()
                .filter(key -> !code.contains("\"" + key + "\""))
                .sorted()
                .toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void noControlIsBuiltFromAStringLiteral() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = LITERAL_TEXT.matcher(lines.get(i));
                    if (matcher.find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offenders).as("user-visible text must come from the bundles").isEmpty();
    }

    @Test
    void theCheckCatchesLiteralsAndLoneApostrophes() {
        assertThat(LITERAL_TEXT.matcher("var l = new Label(\"Total\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(\"OK\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Label(messages.get(\"home.title\"))").find()).isFalse();
        assertThat(LONE_APOSTROPHE.matcher("n'a pas").find()).isTrue();
        assertThat(LONE_APOSTROPHE.matcher("n''a pas").find()).isFalse();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Language language) throws IOException {
        String name = language == Language.ENGLISH ? "messages.properties" : "messages_" + language.tag() + ".properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
