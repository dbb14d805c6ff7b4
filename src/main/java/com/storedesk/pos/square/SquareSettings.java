package com.storedesk.pos.square;

import java.util.Objects;

/**
 * One Square location to connect to. Where the values are kept (and the token protected) is the
 * settings' business; the connector only receives them.
 *
 * @param baseUrl {@link #PRODUCTION} or {@link #SANDBOX} (a test server's URL in tests)
 * @param accessToken a personal access token or OAuth access token; never logged
 * @param locationId the Square location this store is
 */
public record SquareSettings(String baseUrl, String accessToken, String locationId) {

    public static final String PRODUCTION = "https://connect.squareup.com";
    public static final String SANDBOX = "https://connect.squareupsandbox.com";

    public SquareSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(locationId, "locationId");
        if (accessToken.isBlank() || locationId.isBlank()) {
            throw new IllegalArgumentException("a Square connection needs an access token and a location id");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The token left out: records print every field. */
    @Override
    public String toString() {
        return "SquareSettings[baseUrl=" + baseUrl + ", locationId=" + locationId + "]";
    }
}
