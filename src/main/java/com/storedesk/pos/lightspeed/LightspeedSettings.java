package com.storedesk.pos.lightspeed;

import java.util.Objects;

/**
 * One Lightspeed Retail (R-Series) account to connect to. Where the values are kept (and the token
 * protected) is the settings' business; the connector only receives them.
 *
 * @param baseUrl {@link #PRODUCTION} (a test server's URL in tests)
 * @param accessToken an OAuth access token; never logged
 * @param accountId the R-Series account; every shop of it is a store
 */
public record LightspeedSettings(String baseUrl, String accessToken, String accountId) {

    public static final String PRODUCTION = "https://api.lightspeedapp.com";

    public LightspeedSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accountId, "accountId");
        if (accessToken.isBlank() || !accountId.matches("\\d+")) {
            throw new IllegalArgumentException("a Lightspeed connection needs an access token and a numeric account id");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The token left out: records print every field. */
    @Override
    public String toString() {
        return "LightspeedSettings[baseUrl=" + baseUrl + ", accountId=" + accountId + "]";
    }
}
