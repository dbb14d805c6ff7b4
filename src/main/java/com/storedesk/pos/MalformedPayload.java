package com.storedesk.pos;

/**
 * A platform's answer that lacks what its documentation promises. Thrown while mapping a page and
 * turned into {@code pos.error.malformed} naming the endpoint or query, so none of that page is
 * ingested. The message names fields and ids, never their personal values.
 */
public final class MalformedPayload extends RuntimeException {

    public MalformedPayload(String message) {
        super(message);
    }

    public MalformedPayload(String message, Throwable cause) {
        super(message, cause);
    }
}
