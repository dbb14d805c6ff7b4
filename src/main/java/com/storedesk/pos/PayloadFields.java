package com.storedesk.pos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the fields a platform's JSON promises, the same way for every connector: a missing or
 * mistyped field is a {@link MalformedPayload} that names the field and where it was wanted, never
 * its value.
 */
public final class PayloadFields {

    private PayloadFields() {
    }

    /** A text field that must be there and not blank. */
    public static String text(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    /** A text field, or null when it is absent, null or blank. */
    public static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedPayload(field + " is not text");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** An object field that must be there. */
    public static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    /** The elements of an array field; none when it is absent or null (platforms leave empty lists out). */
    public static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedPayload(field + " is not a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }
}
