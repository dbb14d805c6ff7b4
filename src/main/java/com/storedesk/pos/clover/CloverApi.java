package com.storedesk.pos.clover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Clover's REST API v3 as JSON: GETs and POSTs, answers parsed, refusals turned into
 * {@link CloverRefusal} ({@code pos.error.rejected}) with Clover's message. Retries, rate limits and
 * the token are the {@link PosHttp}'s; the POSTs sent here set absolute values (a price, a stock
 * quantity), so sending one again changes nothing more.
 */
final class CloverApi {

    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private static final MediaType JSON = MediaType.get("application/json");

    private final PosHttp http;

    CloverApi(PosHttp http) {
        this.http = http;
    }

    JsonNode get(String endpoint, HttpUrl url) throws ConnectorException {
        return answer(endpoint, http.send(endpoint, new Request.Builder().url(url).get()
                .header("Accept", "application/json").build()));
    }

    /** POSTs {@code body}: an update to absolute values, safe to send again. */
    JsonNode post(String endpoint, HttpUrl url, JsonNode body) throws ConnectorException {
        return answer(endpoint, http.send(endpoint, new Request.Builder().url(url)
                .post(RequestBody.create(body.toString(), JSON)).header("Accept", "application/json").build()));
    }

    private static JsonNode answer(String endpoint, HttpReply reply) throws ConnectorException {
        JsonNode json;
        try {
            json = MAPPER.readTree(reply.body());
        } catch (JsonProcessingException e) {
            if (!reply.successful()) {
                throw new CloverRefusal(endpoint, reply.code(), "");
            }
            throw malformed(endpoint, "answered HTTP " + reply.code() + " with broken JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw malformed(endpoint, "answered HTTP " + reply.code() + " without a JSON object");
        }
        if (!reply.successful()) {
            String message = json.path("message").isTextual() ? " " + json.path("message").asText() : "";
            throw new CloverRefusal(endpoint, reply.code(), message);
        }
        return json;
    }

    static ConnectorException malformed(String endpoint, String problem) {
        return new ConnectorException("pos.error.malformed", "Clover " + endpoint + " " + problem, null);
    }
}
