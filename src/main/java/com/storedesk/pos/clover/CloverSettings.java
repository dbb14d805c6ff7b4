package com.storedesk.pos.clover;

import java.time.Duration;
import java.util.Objects;

/**
 * One Clover merchant (one store) to connect to. Where the values are kept (and the token protected)
 * is the settings' business; the connector only receives them.
 *
 * @param baseUrl {@link #PRODUCTION} or {@link #SANDBOX} (a test server's URL in tests)
 * @param accessToken an OAuth or merchant-generated API token; never logged
 * @param merchantId the Clover merchant ({@code mId})
 * @param history how far back the first pass reaches: Clover's order listings need a time range
 * @param pageSize elements per request, at most Clover's hard limit of 1000
 */
public record CloverSettings(String baseUrl, String accessToken, String merchantId, Duration history, int pageSize) {

    public static final String PRODUCTION = "https://api.clover.com";
    public static final String SANDBOX = "https://apisandbox.dev.clover.com";
    /** Clover's hard limit on {@code limit}. */
    public static final int LARGEST_PAGE = 1000;

    public CloverSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(history, "history");
        if (accessToken.isBlank() || !merchantId.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("a Clover connection needs an access token and a merchant id");
        }
        if (pageSize < 1 || pageSize > LARGEST_PAGE || history.isNegative() || history.isZero()) {
            throw new IllegalArgumentException("page size must be 1..1000 and history positive");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A year of history, in pages of 1000. */
    public CloverSettings(String baseUrl, String accessToken, String merchantId) {
        this(baseUrl, accessToken, merchantId, Duration.ofDays(365), LARGEST_PAGE);
    }

    /** The token left out: records print every field. */
    @Override
    public String toString() {
        return "CloverSettings[baseUrl=" + baseUrl + ", merchantId=" + merchantId + "]";
    }
}
