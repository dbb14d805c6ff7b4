package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Reads the fields of Square's JSON objects, failing with {@link MalformedPayload} naming what is missing. */
final class SquareJson {

    private SquareJson() {
    }

    static String text(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null || value.isBlank()) {
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
        if (!value.isTextual()) {
            throw new MalformedPayload(field + " is not text");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    /** The elements of an array field; none when it is absent (Square leaves empty lists out). */
    static List<JsonNode> array(JsonNode node, String field) {
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

    /** An RFC 3339 timestamp. */
    static Instant instant(JsonNode node, String field, String where) {
        return parseInstant(text(node, field, where), field, where);
    }

    static Instant optionalInstant(JsonNode node, String field, String where) {
        String text = optionalText(node, field);
        return text == null ? null : parseInstant(text, field, where);
    }

    private static Instant parseInstant(String text, String field, String where) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not an RFC 3339 time");
        }
    }

    /** A decimal sent as a string, as Square sends quantities. */
    static BigDecimal decimal(JsonNode node, String field, String where) {
        String text = text(node, field, where);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not a decimal number");
        }
    }

    static Money money(JsonNode node, String field, String where) {
        Money money = optionalMoney(node, field, where);
        if (money == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return money;
    }

    /** A Money object; null when absent. */
    static Money optionalMoney(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode amount = value.get("amount");
        if (amount == null || !amount.canConvertToExactIntegral() || !amount.canConvertToLong()) {
            throw new MalformedPayload(where + " has a " + field + " without an integer amount");
        }
        return new Money(amount.asLong(), currency(value, "currency", where + " " + field));
    }

    /** The amount of an optional Money field; 0 when absent. */
    static long amountOrZero(JsonNode node, String field, String where) {
        Money money = optionalMoney(node, field, where);
        return money == null ? 0 : money.amount();
    }

    static Currency currency(JsonNode node, String field, String where) {
        String code = text(node, field, where);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayload(where + " has an unknown " + field);
        }
    }

    /** Square's Money: an integer amount in the currency's smallest unit. */
    record Money(long amount, Currency currency) {
    }
}
