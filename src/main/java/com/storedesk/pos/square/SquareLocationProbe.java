package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.probe.ProbeCall;
import com.storedesk.pos.probe.ProbeResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;

/**
 * One {@code GET /v2/locations/{id}}, read for what it proves: the server answered, the token was
 * accepted, the location exists (and its name).
 */
public final class SquareLocationProbe {

    private SquareLocationProbe() {
    }

    public static ProbeResult probe(SquareSettings settings, OkHttpClient client, Pacing pacing) {
        String path = "/v2/locations/" + URLEncoder.encode(settings.locationId(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return new ProbeCall(client, "Square", Credential.bearer(settings.accessToken()), RateLimitWait.RETRY_AFTER,
                pacing).get("RetrieveLocation", settings.baseUrl() + path, answer -> name(answer, settings));
    }

    private static String name(JsonNode answer, SquareSettings settings) {
        JsonNode location = answer.path("location");
        return location.isObject() ? location.path("name").asText(settings.locationId()) : null;
    }
}
