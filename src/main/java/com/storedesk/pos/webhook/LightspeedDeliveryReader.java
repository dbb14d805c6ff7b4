package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lightspeed Retail (X-Series) posts a form ({@code application/x-www-form-urlencoded}, UTF-8) whose
 * {@code payload} field is the changed object as JSON; {@code type} ({@code sale.update}) and
 * {@code domain_prefix} may come beside it. Deliveries are not numbered, so a digest of the body
 * numbers them.
 */
final class LightspeedDeliveryReader implements DeliveryReader {

    @Override
    public WebhookDelivery read(byte[] body, DeliveryHeaders headers) throws MalformedDeliveryException {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String payload = form.get("payload");
        if (payload == null || payload.isBlank()) {
            throw new MalformedDeliveryException("Form field \"payload\" is missing");
        }
        JsonNode object = JsonBody.object(payload.getBytes(StandardCharsets.UTF_8), "Form field \"payload\"");
        String type = bounded(form.get("type"), "type");
        String objectType = type != null && type.contains(".") ? type.substring(0, type.indexOf('.')) : null;
        String account = bounded(form.getOrDefault("domain_prefix", JsonBody.text(object, "retailer_id")), "domain_prefix");
        return new WebhookDelivery(WebhookPlatform.LIGHTSPEED, JsonBody.digestId(body),
                List.of(new NamedObject(account, type, objectType, JsonBody.text(object, "id"))));
    }

    private static Map<String, String> form(String text) throws MalformedDeliveryException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (fields.putIfAbsent(name, value) != null) {
                    throw new MalformedDeliveryException("Form field \"" + bounded(name, "name") + "\" is repeated");
                }
            } catch (IllegalArgumentException e) {
                throw new MalformedDeliveryException("The body is not a valid form (bad %-escape)");
            }
        }
        return fields;
    }

    private static String bounded(String value, String field) throws MalformedDeliveryException {
        if (value != null && value.length() > NamedObject.MAX_LENGTH) {
            throw new MalformedDeliveryException("Form field \"" + field + "\" is longer than " + NamedObject.MAX_LENGTH
                    + " characters");
        }
        return value;
    }
}
