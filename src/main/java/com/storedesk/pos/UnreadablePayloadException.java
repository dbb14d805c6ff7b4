package com.storedesk.pos;

/**
 * A saved document a {@link SavedPayloads} reader cannot use. The message names the shape or the
 * field that is wrong, and never a value from the document (it may be a customer's).
 */
public class UnreadablePayloadException extends Exception {

    public UnreadablePayloadException(String message) {
        super(message);
    }

    public UnreadablePayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
