package com.storedesk.pos.square;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Square's REST API as JSON in and out: the pinned {@code Square-Version} on every call, answers
 * parsed, and Square's error list turned into a {@link SquareRefusal}. Retries, rate limits and
 * the credential are the {@link PosHttp}'s.
 */
final class SquareApi {

    /** The API version this connector was written against; Square answers in that version's shapes. */
    static final String VERSION = "2025-08-20";

    private static final MediaType JSON = MediaType.get("application/json");
    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final PosHttp http;
    private final String baseUrl;

    SquareApi(PosHttp http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    JsonNode get(String endpoint, String path) throws ConnectorException {
        return send(endpoint, request(path).get().build());
    }

    JsonNode post(String endpoint, String path, ObjectNode body) throws ConnectorException {
        return send(endpoint, request(path).post(RequestBody.create(body.toString(), JSON)).build());
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(baseUrl + path).header("Square-Version", VERSION)
                .header("Accept", "application/json");
    }

    private JsonNode send(String endpoint, Request request) throws ConnectorException {
        HttpReply reply = http.send(endpoint, request);
        JsonNode json = parse(endpoint, reply);
        if (!reply.successful()) {
            throw new SquareRefusal(endpoint, reply.code(), errorCodes(json));
        }
        return json;
    }

    private static JsonNode parse(String endpoint, HttpReply reply) throws ConnectorException {
        try {
            JsonNode json = MAPPER.readTree(reply.body());
            if (json == null || !json.isObject()) {
                throw malformed(endpoint, "answered HTTP " + reply.code() + " without a JSON object", null);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw malformed(endpoint, "answered HTTP " + reply.code() + " with broken JSON: " + e.getOriginalMessage(),
                    null);
        }
    }

    static ConnectorException malformed(String endpoint, String problem, Throwable cause) {
        return new ConnectorException("pos.error.malformed", "Square " + endpoint + " " + problem, cause);
    }

    private static List<String> errorCodes(JsonNode json) {
        List<String> codes = new ArrayList<>();
        json.path("errors").forEach(error -> codes.add(error.path("code").asText("UNKNOWN")));
        return codes;
    }
}
