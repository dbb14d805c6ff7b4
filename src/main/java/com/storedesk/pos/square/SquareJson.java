package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;

/** Reads the fields of Square's JSON objects, failing with {@link MalformedPayload} naming what is missing. */
final class SquareJson {

    private SquareJson() {
    }

    /** An RFC 3339 timestamp. */
    static Instant instant(JsonNode node, String field, String where) {
        return parseInstant(PayloadFields.text(node, field, where), field, where);
    }

    static Instant optionalInstant(JsonNode node, String field, String where) {
        String text = PayloadFields.optionalText(node, field);
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
        String text = PayloadFields.text(node, field, where);
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
        String code = PayloadFields.text(node, field, where);
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
