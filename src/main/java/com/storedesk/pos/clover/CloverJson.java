package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Clover's JSON: ids and names as strings, money as integers in cents, times as epoch
 * milliseconds, and expanded collections as {@code {"elements": [...]}}.
 */
final class CloverJson {

    private CloverJson() {
    }

    /** The id of a reference such as {@code "employee": {"id": "..."}}; null when absent. */
    static String reference(JsonNode node, String field) {
        return PayloadFields.optionalText(node.path(field), "id");
    }

    static long number(JsonNode node, String field, String where) {
        Long value = optionalNumber(node, field, where);
        if (value == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    static Long optionalNumber(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new MalformedPayload(where + " has a " + field + " that is not a whole number");
        }
        return value.asLong();
    }

    static Instant time(JsonNode node, String field, String where) {
        return Instant.ofEpochMilli(number(node, field, where));
    }

    static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    /** The elements of a collection field ({@code {"elements": [...]}}); none when absent. */
    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        JsonNode elements = value.path("elements");
        if (!value.isObject() || !(elements.isArray() || elements.isMissingNode())) {
            throw new MalformedPayload(field + " is not a collection");
        }
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode element : elements) {
            if (!element.isObject()) {
                throw new MalformedPayload(field + " holds something that is not an object");
            }
            list.add(element);
        }
        return list;
    }
}
