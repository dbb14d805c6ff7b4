package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Reads the fields of Shopify's GraphQL answers, failing with {@link MalformedPayload} naming what is missing. */
final class ShopifyJson {

    private ShopifyJson() {
    }

    /** The id of the object in {@code field}, e.g. {@code customer { id }}; null when the field is null. */
    static String optionalId(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : PayloadFields.optionalText(value, "id");
    }

    /** The nodes of a Relay connection field ({@code nodes}, or {@code edges[].node}). */
    static List<JsonNode> nodes(JsonNode node, String field, String where) {
        JsonNode connection = PayloadFields.object(node, field, where);
        if (connection.has("nodes")) {
            return PayloadFields.array(connection, "nodes");
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode edge : PayloadFields.array(connection, "edges")) {
            nodes.add(PayloadFields.object(edge, "node", where + " " + field + " edge"));
        }
        return nodes;
    }

    static Instant instant(JsonNode node, String field, String where) {
        Instant instant = optionalInstant(node, field, where);
        if (instant == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return instant;
    }

    /** An ISO-8601 DateTime; null when absent. */
    static Instant optionalInstant(JsonNode node, String field, String where) {
        String text = PayloadFields.optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not an ISO-8601 time");
        }
    }

    static Currency currency(JsonNode node, String field, String where) {
        String code = PayloadFields.text(node, field, where);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayload(where + " has an unknown " + field);
        }
    }

    /** A decimal sent as a string or a number (Shopify's Decimal and Money scalars are strings). */
    static BigDecimal decimal(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !(value.isTextual() || value.isNumber())) {
            throw new MalformedPayload(where + " has no " + field);
        }
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new MalformedPayload(where + " has a " + field + " that is not a decimal number");
        }
    }

    /** A decimal amount in {@code currency}'s minor unit; more decimals than the currency has are an error. */
    static long minor(BigDecimal amount, Currency currency, String where) {
        try {
            return amount.movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedPayload(where + " has an amount finer than the currency's smallest unit");
        }
    }

    /** The shop-currency side of a MoneyBag field ({@code priceSet { shopMoney { amount currencyCode } }}). */
    static Money shopMoney(JsonNode node, String field, String where) {
        Money money = optionalShopMoney(node, field, where);
        if (money == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return money;
    }

    static Money optionalShopMoney(JsonNode node, String field, String where) {
        JsonNode bag = node.get(field);
        if (bag == null || bag.isNull()) {
            return null;
        }
        return money(PayloadFields.object(bag, "shopMoney", where + " " + field), where + " " + field);
    }

    /** A MoneyV2 ({@code amount} as a decimal string, {@code currencyCode}). */
    static Money money(JsonNode moneyV2, String where) {
        Currency currency = currency(moneyV2, "currencyCode", where);
        return new Money(minor(decimal(moneyV2, "amount", where), currency, where), currency);
    }

    /** An amount in the minor unit of its currency. */
    record Money(long amount, Currency currency) {
    }
}
