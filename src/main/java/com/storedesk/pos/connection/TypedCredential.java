package com.storedesk.pos.connection;

import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.security.vault.Secret;

/**
 * What an administrator typed as a connection's credential: an access token, or for Lightspeed, whose
 * tokens last an hour, the API client's id and secret with a refresh token (decision 0029).
 */
public final class TypedCredential {

    private TypedCredential() {
    }

    /**
     * The secret to store, or null when nothing was typed (the stored one is kept).
     *
     * @throws InvalidConnectionException {@code connections.error.lightspeedClient} when a Lightspeed
     *     grant is typed in part: one without the others cannot renew a token
     */
    public static Secret of(Platform platform, String clientId, String clientSecret, String token) {
        boolean anyClient = typed(clientId) || typed(clientSecret);
        if (platform != Platform.LIGHTSPEED) {
            return typed(token) ? Secret.of(token) : null;
        }
        if (!typed(token) && !anyClient) {
            return null;
        }
        if (!typed(token) || !typed(clientId) || !typed(clientSecret)) {
            throw new InvalidConnectionException("connections.error.lightspeedClient",
                    "A Lightspeed grant needs the client id, the client secret and the refresh token together");
        }
        return Secret.of(new LightspeedGrant(clientId, clientSecret, token).stored());
    }

    private static boolean typed(String text) {
        return text != null && !text.isBlank();
    }
}
