package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.probe.ProbeCall;
import com.storedesk.pos.probe.ProbeResult;
import okhttp3.OkHttpClient;

/**
 * One {@code GET /API/V3/Account/{accountID}.json}, read for what it proves: the server answered, the
 * token was accepted, the account exists (and its name). Lightspeed's answer is the account itself,
 * or wrapped in {@code Account} as its listings are; either is read.
 */
public final class LightspeedAccountProbe {

    private LightspeedAccountProbe() {
    }

    public static ProbeResult probe(LightspeedSettings settings, OkHttpClient client, Pacing pacing) {
        return new ProbeCall(client, "Lightspeed", Credential.bearer(settings.tokens()),
                RateLimitWait.RETRY_AFTER, pacing).get("Account",
                        settings.baseUrl() + new PhaseRequests(settings.accountId()).account(),
                        LightspeedAccountProbe::name);
    }

    private static String name(JsonNode answer) {
        JsonNode account = answer.path("Account").isObject() ? answer.path("Account") : answer;
        JsonNode name = account.path("name");
        return name.isTextual() && !name.asText().isBlank() ? name.asText() : null;
    }
}
