package com.storedesk.pos.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strict reading of delivery bodies, and the helpers the readers share. */
final class JsonBody {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonBody() {
    }

    /** The body as a JSON object. */
    static JsonNode object(byte[] body, String what) throws MalformedDeliveryException {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the body; say only where it broke.
            throw new MalformedDeliveryException(what + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new MalformedDeliveryException(what + " could not be read as JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedDeliveryException(what + " is not a JSON object");
        }
        return node;
    }

    /** A text or number field, or null when absent or JSON null. */
    static String text(JsonNode node, String field) throws MalformedDeliveryException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw new MalformedDeliveryException("Field \"" + field + "\" is not a text or a whole number");
        }
        String text = value.asText();
        if (text.length() > NamedObject.MAX_LENGTH) {
            throw new MalformedDeliveryException("Field \"" + field + "\" is longer than " + NamedObject.MAX_LENGTH
                    + " characters");
        }
        return text;
    }

    static String required(JsonNode node, String field) throws MalformedDeliveryException {
        String text = text(node, field);
        if (text == null || text.isBlank()) {
            throw new MalformedDeliveryException("Field \"" + field + "\" is missing");
        }
        return text;
    }

    /** An id for a delivery the platform does not number: byte-identical repeats get the same one. */
    static String digestId(byte[] body) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
