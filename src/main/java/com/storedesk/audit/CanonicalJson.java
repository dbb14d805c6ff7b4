package com.storedesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Details as one JSON text that a given map always produces: an object of string values, keys in
 * {@link String#compareTo} order, no whitespace; inside strings only {@code "} and {@code \} are
 * escaped with a backslash, characters below U+0020 as {@code \}{@code u00xx} (lower-case hex), and
 * everything else is written as itself (UTF-8). Example: {@code {"model":"gpt","tokens":"12"}}.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private CanonicalJson() {
    }

    public static String write(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> entry : new TreeMap<>(details).entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, entry.getKey());
            json.append(':');
            string(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    /** The details a stored text holds; empty when it is not an object of strings (a tampered row, say). */
    public static SortedMap<String, String> readOrEmpty(String json) {
        try {
            return Collections.unmodifiableSortedMap(MAPPER.readValue(json, STRING_MAP));
        } catch (JsonProcessingException | RuntimeException e) {
            return Collections.emptySortedMap();
        }
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
