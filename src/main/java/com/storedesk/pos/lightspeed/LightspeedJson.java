package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads Lightspeed's JSON, which is its XML turned into JSON: every value is a string ("45", "true"),
 * a foreign key of "0" means none, an empty relation is "" and a relation or list holding one
 * element is that element itself rather than a list of one.
 */
final class LightspeedJson {

    private LightspeedJson() {
    }

    static String text(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    /** The field's text, or null when absent, null or blank. */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new MalformedPayload(field + " is not a value");
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** A foreign key; null for Lightspeed's "0" (none). */
    static String reference(JsonNode node, String field) {
        String id = optionalText(node, field);
        return id == null || id.equals("0") ? null : id;
    }

    static boolean flag(JsonNode node, String field) {
        return "true".equalsIgnoreCase(optionalText(node, field));
    }

    static BigDecimal decimal(JsonNode node, String field, String where) {
        BigDecimal value = optionalDecimal(node, field, where);
        if (value == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    static BigDecimal optionalDecimal(JsonNode node, String field, String where) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not a number");
        }
    }

    /** A decimal amount in minor units of {@code currency}; Lightspeed keeps more decimals than cents. */
    static long minor(BigDecimal amount, Currency currency) {
        return amount.movePointRight(Math.max(0, currency.getDefaultFractionDigits()))
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    static long minor(JsonNode node, String field, Currency currency, String where) {
        BigDecimal amount = optionalDecimal(node, field, where);
        return amount == null ? 0 : minor(amount, currency);
    }

    static Instant instant(JsonNode node, String field, String where) {
        Instant value = optionalInstant(node, field, where);
        if (value == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    static Instant optionalInstant(JsonNode node, String field, String where) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not an ISO 8601 time");
        }
    }

    /** An object field, or a missing node when absent or "" (an empty relation). */
    static JsonNode relation(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!value.isObject()) {
            throw new MalformedPayload(field + " is not an object");
        }
        return value;
    }

    /** The elements under {@code field}, whether Lightspeed sent a list, a single object or nothing. */
    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = node.path(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isObject()) {
                    throw new MalformedPayload(field + " holds something that is not an object");
                }
                elements.add(element);
            }
        } else if (value.isObject()) {
            elements.add(value);
        } else if (!value.isMissingNode() && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
            throw new MalformedPayload(field + " is neither a list nor an object");
        }
        return elements;
    }

    /** The elements of a relation wrapping a list, e.g. {@code SaleLines: {SaleLine: [...]}}. */
    static List<JsonNode> nested(JsonNode node, String relation, String element) {
        return elements(relation(node, relation), element);
    }
}
