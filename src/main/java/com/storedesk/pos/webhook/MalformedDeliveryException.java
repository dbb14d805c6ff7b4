package com.storedesk.pos.webhook;

/**
 * An authentic delivery StoreDesk cannot read: not JSON, or without the fields the platform documents.
 * The message says which, in terms of fields, and quotes nothing from the body.
 */
public class MalformedDeliveryException extends Exception {

    public MalformedDeliveryException(String message) {
        super(message);
    }

    public MalformedDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
