package com.storedesk.data;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and removes credentials in JDBC URLs, so URLs can be shown and logged. */
final class JdbcUrls {

    /** key=value settings that hold secrets, in "?a=1&b=2" (PostgreSQL) or ";A=1;B=2" (H2) style. */
    private static final Pattern SECRET_SETTING = Pattern.compile(
            "([?&;])((?:ssl)?password|passwd|pwd|secret|token|access_?token|credentials?)=([^&;#]*)",
            Pattern.CASE_INSENSITIVE);

    /** "//user:secret@host" */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?;@:]*):([^/?;@]*)@");

    private JdbcUrls() {
    }

    /** The URL with its passwords removed. */
    static String redact(String url) {
        return USER_INFO_PASSWORD.matcher(withoutSecretSettings(url)).replaceAll("$1@");
    }

    /** The URL without the settings {@link #secretSettings} returns. */
    static String withoutSecretSettings(String url) {
        String stripped = SECRET_SETTING.matcher(url).replaceAll(match -> "?".equals(match.group(1)) ? "?" : "")
                .replace("?&", "?");
        return stripped.endsWith("?") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /**
     * Secret settings written in the URL, to pass to the driver as connection properties instead:
     * then only the redacted URL reaches the pool, Flyway and Hibernate, which log URLs.
     */
    static Map<String, String> secretSettings(String url) {
        Map<String, String> settings = new LinkedHashMap<>();
        Matcher matcher = SECRET_SETTING.matcher(url);
        while (matcher.find()) {
            String value = matcher.group(3);
            // PostgreSQL-style query parameters are percent-encoded; H2-style ";KEY=value" settings are not.
            boolean queryParameter = !";".equals(matcher.group(1));
            settings.put(matcher.group(2), queryParameter ? decoded(value) : value);
        }
        return settings;
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    /** Every secret the URL holds, as written and as decoded, so error messages can be scrubbed of them. */
    static Set<String> secretValues(String url) {
        Set<String> secrets = new LinkedHashSet<>(secretSettings(url).values());
        Matcher settings = SECRET_SETTING.matcher(url);
        while (settings.find()) {
            secrets.add(settings.group(3));
        }
        Matcher userInfo = USER_INFO_PASSWORD.matcher(url);
        while (userInfo.find()) {
            secrets.add(userInfo.group(2));
        }
        secrets.remove("");
        return secrets;
    }
}
