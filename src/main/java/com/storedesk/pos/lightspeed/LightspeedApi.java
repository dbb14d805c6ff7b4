package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import java.net.URI;
import java.net.URISyntaxException;
import okhttp3.Request;

/**
 * Lightspeed's API V3 as JSON: GETs under the configured base URL, answers parsed, refusals turned
 * into {@code pos.error.rejected} with Lightspeed's own message. Retries, pacing and the token are
 * the {@link PosHttp}'s.
 */
final class LightspeedApi {

    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final PosHttp http;
    private final String baseUrl;

    LightspeedApi(PosHttp http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** GETs {@code pathAndQuery} (under the base URL) and returns the answer's JSON object. */
    JsonNode get(String endpoint, String pathAndQuery) throws ConnectorException {
        Request request = new Request.Builder().url(baseUrl + pathAndQuery).get()
                .header("Accept", "application/json").build();
        HttpReply reply = http.send(endpoint, request);
        JsonNode json = parse(endpoint, reply);
        if (!reply.successful()) {
            String message = LightspeedJson.optionalText(json, "message");
            throw new ConnectorException("pos.error.rejected", "Lightspeed " + endpoint + " refused the request: HTTP "
                    + reply.code() + (message == null ? "" : " " + message), null);
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
