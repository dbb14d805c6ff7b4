package com.storedesk.pos.http;

/**
 * A platform's answer that is the caller's to read: a success, or a refusal of the request itself
 * (400, 404, 409, 422...) whose body says why in the platform's terms.
 */
public record HttpReply(int code, String body) {

    public boolean successful() {
        return code >= 200 && code < 300;
    }
}
