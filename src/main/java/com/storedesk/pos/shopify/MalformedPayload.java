package com.storedesk.pos.shopify;

/**
 * A Shopify answer that lacks what its documentation promises. Thrown while mapping a page and
 * turned into {@code pos.error.malformed} naming the query, so none of that page is ingested. The
 * message names fields and ids, never their personal values.
 */
final class MalformedPayload extends RuntimeException {

    MalformedPayload(String message) {
        super(message);
    }
}
