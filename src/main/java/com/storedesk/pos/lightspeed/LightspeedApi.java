package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import java.net.URI;
import java.net.URISyntaxException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Lightspeed's API V3 as JSON: GETs, PUTs and POSTs under the configured base URL, answers parsed,
 * refusals turned into {@link LightspeedRefusal} ({@code pos.error.rejected}) with Lightspeed's own
 * message. Retries, pacing and the token are the {@link PosHttp}'s; a POST that creates something is
 * sent through {@code once}, which does not try again by itself, because Lightspeed takes no
 * idempotency key and a second attempt after a lost answer would create a second record.
 */
final class LightspeedApi {

    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private static final MediaType JSON = MediaType.get("application/json");

    private final PosHttp http;
    private final PosHttp once;
    private final String baseUrl;

    LightspeedApi(PosHttp http, String baseUrl) {
        this(http, http, baseUrl);
    }

    LightspeedApi(PosHttp http, PosHttp once, String baseUrl) {
        this.http = http;
        this.once = once;
        this.baseUrl = baseUrl;
    }

    /** GETs {@code pathAndQuery} (under the base URL) and returns the answer's JSON object. */
    JsonNode get(String endpoint, String pathAndQuery) throws ConnectorException {
        Request request = new Request.Builder().url(baseUrl + pathAndQuery).get()
                .header("Accept", "application/json").build();
        return answer(endpoint, http.send(endpoint, request));
    }

    /** PUTs {@code body} to {@code path}: an update to absolute values, safe to send again. */
    JsonNode put(String endpoint, String path, JsonNode body) throws ConnectorException {
        return answer(endpoint, http.send(endpoint, new Request.Builder().url(baseUrl + path)
                .put(RequestBody.create(body.toString(), JSON)).header("Accept", "application/json").build()));
    }

    /** POSTs {@code body} to {@code path} once: it creates a record. */
    JsonNode post(String endpoint, String path, JsonNode body) throws ConnectorException {
        return answer(endpoint, once.send(endpoint, new Request.Builder().url(baseUrl + path)
                .post(RequestBody.create(body.toString(), JSON)).header("Accept", "application/json").build()));
    }

    private static JsonNode answer(String endpoint, HttpReply reply) throws ConnectorException {
        JsonNode json = parse(endpoint, reply);
        if (!reply.successful()) {
            String message = LightspeedJson.optionalText(json, "message");
            throw new LightspeedRefusal(endpoint, reply.code(), message);
        }
        return json;
    }

    /**
     * The path and query of a {@code next} URL, which must lead to the same listing: the token is
     * never sent where Lightspeed's answer points unless that is the listing it came from.
     *
     * @return null when there is no next page
     */
    static String nextPage(JsonNode answer, String listing, String endpoint) {
        String next = LightspeedJson.optionalText(answer.path("@attributes"), "next");
        if (next == null) {
            return null;
        }
        try {
            URI uri = new URI(next);
            if (!listing.equals(uri.getRawPath()) || uri.getRawQuery() == null || !uri.getRawQuery().contains("after=")) {
                throw new MalformedPayload(endpoint + " named a next page outside its listing");
            }
            return uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            throw new MalformedPayload(endpoint + " named a next page that is not a URL");
        }
    }

    private static JsonNode parse(String endpoint, HttpReply reply) throws ConnectorException {
        try {
            JsonNode json = MAPPER.readTree(reply.body());
            if (json == null || !json.isObject()) {
                throw malformed(endpoint, "answered HTTP " + reply.code() + " without a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw malformed(endpoint, "answered HTTP " + reply.code() + " with broken JSON: " + e.getOriginalMessage());
        }
    }

    static ConnectorException malformed(String endpoint, String problem) {
        return new ConnectorException("pos.error.malformed", "Lightspeed " + endpoint + " " + problem, null);
    }
}
