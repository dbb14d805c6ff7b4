package com.storedesk.pos.lightspeed;

import com.storedesk.pos.http.AccessTokens;
import java.util.Objects;

/**
 * One Lightspeed Retail (R-Series) account to connect to. Where the values are kept (and the token
 * protected) is the settings' business; the connector only receives them.
 *
 * @param baseUrl {@link #PRODUCTION} (a test server's URL in tests)
 * @param tokens the OAuth access token: a fixed one, or {@link LightspeedTokens} renewing it; never logged
 * @param accountId the R-Series account; every shop of it is a store
 */
public record LightspeedSettings(String baseUrl, AccessTokens tokens, String accountId) {

    public static final String PRODUCTION = "https://api.lightspeedapp.com";

    public LightspeedSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(accountId, "accountId");
        if (!accountId.matches("\\d+")) {
            throw new IllegalArgumentException("a Lightspeed connection needs a numeric account id");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An account reached with an access token that is not renewed (pasted, or issued for a test). */
    public LightspeedSettings(String baseUrl, String accessToken, String accountId) {
        this(baseUrl, fixed(accessToken), accountId);
    }

    private static AccessTokens fixed(String accessToken) {
        Objects.requireNonNull(accessToken, "accessToken");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("a Lightspeed connection needs an access token");
        }
        return AccessTokens.fixed(accessToken);
    }

    /** The tokens left out: records print every field. */
    @Override
    public String toString() {
        return "LightspeedSettings[baseUrl=" + baseUrl + ", accountId=" + accountId + "]";
    }
}
