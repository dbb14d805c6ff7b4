package com.storedesk.pos.clover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Clover's REST API v3 as JSON: GETs, answers parsed, refusals turned into {@code pos.error.rejected}
 * with Clover's message. Retries, rate limits and the token are the {@link PosHttp}'s.
 */
final class CloverApi {

    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final PosHttp http;

    CloverApi(PosHttp http) {
        this.http = http;
    }

    JsonNode get(String endpoint, HttpUrl url) throws ConnectorException {
        HttpReply reply = http.send(endpoint, new Request.Builder().url(url).get()
                .header("Accept", "application/json").build());
        JsonNode json;
        try {
            json = MAPPER.readTree(reply.body());
        } catch (JsonProcessingException e) {
            throw malformed(endpoint, "answered HTTP " + reply.code() + " with broken JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw malformed(endpoint, "answered HTTP " + reply.code() + " without a JSON object");
        }
        if (!reply.successful()) {
            String message = json.path("message").isTextual() ? " " + json.path("message").asText() : "";
            throw new ConnectorException("pos.error.rejected", "Clover " + endpoint + " refused the request: HTTP "
                    + reply.code() + message, null);
        }
        return json;
    }

    static ConnectorException malformed(String endpoint, String problem) {
        return new ConnectorException("pos.error.malformed", "Clover " + endpoint + " " + problem, null);
    }
}
