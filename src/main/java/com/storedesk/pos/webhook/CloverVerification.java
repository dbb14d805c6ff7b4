package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Clover's one-time handshake: when a developer sets the webhook URL, Clover posts
 * {@code {"verificationCode": "..."}} without an auth code (none exists yet), and the developer pastes
 * the code into the Clover dashboard to prove they own the URL. The code is not a credential: it only
 * answers that one question, once.
 */
public final class CloverVerification {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,128}");

    private CloverVerification() {
    }

    /** The verification code, when the body is exactly a handshake and nothing else. */
    public static Optional<String> code(byte[] body) {
        JsonNode node;
        try {
            node = JsonBody.object(body, "The body");
        } catch (MalformedDeliveryException e) {
            return Optional.empty();
        }
        JsonNode code = node.get("verificationCode");
        if (node.size() != 1 || code == null || !code.isTextual() || !CODE.matcher(code.asText()).matches()) {
            return Optional.empty();
        }
        return Optional.of(code.asText());
    }
}
