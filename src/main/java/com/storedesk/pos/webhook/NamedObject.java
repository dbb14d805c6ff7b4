package com.storedesk.pos.webhook;

/**
 * One thing a delivery says changed, in the platform's own words: the account it belongs to (Square
 * merchant, Shopify shop domain, Clover merchant, Lightspeed domain prefix), the event type, the kind
 * of object and its id. Any of them may be null when the platform does not say. A connector fetches
 * the object by these, rather than trusting the delivery's copy of it.
 */
public record NamedObject(String account, String eventType, String objectType, String objectId) {

    static final int MAX_LENGTH = 255;

    public NamedObject {
        check("account", account);
        check("eventType", eventType);
        check("objectType", objectType);
        check("objectId", objectId);
    }

    private static void check(String field, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters");
        }
    }
}
