package com.storedesk.pos.connection;

/** A connection that cannot be saved as it is; {@link #messageKey()} says why in the user's language. */
public final class InvalidConnectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    InvalidConnectionException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
