package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.probe.ProbeCall;
import com.storedesk.pos.probe.ProbeResult;
import okhttp3.OkHttpClient;

/**
 * One {@code GET /v3/merchants/{mId}}, read for what it proves: the server answered, the token was
 * accepted, the merchant exists (and its name). Clover answers its own merchant object, with the id
 * asked for.
 */
public final class CloverMerchantProbe {

    private CloverMerchantProbe() {
    }

    public static ProbeResult probe(CloverSettings settings, OkHttpClient client, Pacing pacing) {
        return new ProbeCall(client, "Clover", Credential.bearer(settings.accessToken()), RateLimitWait.RETRY_AFTER,
                pacing).get(Phase.MERCHANT.endpoint, settings.baseUrl() + "/v3/merchants/" + settings.merchantId(),
                        answer -> name(answer, settings.merchantId()));
    }

    private static String name(JsonNode answer, String merchantId) {
        JsonNode name = answer.path("name");
        return merchantId.equals(answer.path("id").asText()) && name.isTextual() ? name.asText() : null;
    }
}
