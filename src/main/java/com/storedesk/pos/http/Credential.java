package com.storedesk.pos.http;

import com.storedesk.pos.ConnectorException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * What proves a call is allowed: a header carrying a secret. The HTTP layer adds it to each
 * request itself and removes the secrets from every message it writes, so a token never reaches a
 * log line or an exception.
 */
public final class Credential {

    private final String header;
    private final String prefix;
    private final AccessTokens tokens;

    private Credential(String header, String prefix, AccessTokens tokens) {
        this.header = header;
        this.prefix = prefix;
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** {@code Authorization: Bearer <token>}. */
    public static Credential bearer(String token) {
        return bearer(AccessTokens.fixed(token));
    }

    /** {@code Authorization: Bearer <token>}, the token taken from {@code tokens} for every request. */
    public static Credential bearer(AccessTokens tokens) {
        return new Credential("Authorization", "Bearer ", tokens);
    }

    /** A platform header of its own, e.g. {@code X-Shopify-Access-Token}. */
    public static Credential header(String name, String secret) {
        return new Credential(name, "", AccessTokens.fixed(secret));
    }

    /** {@code request} with the current token, and that token, to renew it should it be refused. */
    Authorised authorise(Request request) throws ConnectorException {
        String token = tokens.current();
        return new Authorised(request.newBuilder().header(header, prefix + token).build(), token);
    }

    /** {@code request} again with a token other than the refused one, when the source has one. */
    Optional<Authorised> afterRefusal(Authorised refused, Request request) throws ConnectorException {
        Optional<String> renewed = tokens.renewAfterRefusal(refused.token());
        return renewed.filter(token -> !token.equals(refused.token()))
                .map(token -> new Authorised(request.newBuilder().header(header, prefix + token).build(), token));
    }

    /** {@code text} with every secret replaced, for anything written down. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : tokens.secrets()) {
            scrubbed = scrubbed.replace(secret, "***");
        }
        return scrubbed;
    }

    @Override
    public String toString() {
        return "Credential[" + header + "]";
    }

    /** A request as sent, and the token it carries. */
    record Authorised(Request request, String token) {

        @Override
        public String toString() {
            return "Authorised[" + request.method() + " " + request.url().encodedPath() + "]";
        }
    }
}
