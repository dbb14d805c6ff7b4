package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What renews a Lightspeed access token: the API client's id and secret and the account's refresh
 * token. Kept in the vault as one small JSON object in place of a pasted access token; a refresh
 * token is single-use, so each renewal stores the one it returns.
 */
public record LightspeedGrant(String clientId, String clientSecret, String refreshToken) {

    private static final String KIND = "lightspeed-refresh-token";
    /** A parse error must not quote the text: it holds secrets. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    public LightspeedGrant {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        clientId = clientId.strip();
        clientSecret = clientSecret.strip();
        refreshToken = refreshToken.strip();
        if (clientId.isEmpty() || clientSecret.isEmpty() || refreshToken.isEmpty()) {
            throw new IllegalArgumentException("a Lightspeed grant needs a client id, a client secret and a refresh token");
        }
    }

    /** The grant a vault entry holds; empty when the entry is a plain access token. */
    public static Optional<LightspeedGrant> parse(String stored) {
        if (stored == null || !stored.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(stored);
            if (node == null || !KIND.equals(node.path("grant").asText())) {
                return Optional.empty();
            }
            return Optional.of(new LightspeedGrant(node.path("client_id").asText(""),
                    node.path("client_secret").asText(""), node.path("refresh_token").asText("")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text the vault keeps. */
    public String stored() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("grant", KIND);
        node.put("client_id", clientId);
        node.put("client_secret", clientSecret);
        node.put("refresh_token", refreshToken);
        return node.toString();
    }

    /** The same client with the refresh token a renewal returned. */
    public LightspeedGrant withRefreshToken(String rotated) {
        return new LightspeedGrant(clientId, clientSecret, rotated);
    }

    /** Only the client id: the secrets stay out of every log. */
    @Override
    public String toString() {
        return "LightspeedGrant[clientId=" + clientId + "]";
    }
}
