package com.storedesk.pos.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.PosHttp;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.http.RetryPolicy;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The one call of a connection test. A person waits for it, so it is tried once, without the sync's
 * retries, and on a circuit of its own: a failed test does not hold back the sync, nor the sync's
 * open circuit the test.
 */
public final class ProbeCall {

    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final PosHttp http;

    public ProbeCall(OkHttpClient client, String platform, Credential credential, RateLimitWait rateLimitWait,
            Pacing pacing) {
        this.http = new PosHttp(client, platform, credential, RetryPolicy.once(), CircuitBreaker.defaults(pacing.clock()),
                rateLimitWait, pacing);
    }

    /** The HTTP layer of this call, for a platform whose API wraps it (Shopify's GraphQL). */
    public PosHttp http() {
        return http;
    }

    /**
     * GETs the account at {@code url}: found when it answers a JSON object {@code nameOf} finds a name
     * in; unknown when it answers 404 (or 400, a malformed id); anything else is not the platform.
     *
     * @param nameOf the account's name in the answer, or null when the answer is not the platform's
     */
    public ProbeResult get(String endpoint, String url, Function<JsonNode, String> nameOf) {
        HttpReply reply;
        try {
            reply = http.send(endpoint, new Request.Builder().url(url).get().header("Accept", "application/json")
                    .build());
        } catch (ConnectorException e) {
            return ProbeResult.of(e);
        }
        if (reply.code() == 404 || reply.code() == 400) {
            return ProbeResult.of(ProbeResult.Outcome.ACCOUNT_UNKNOWN);
        }
        JsonNode answer = reply.successful() ? json(reply.body()) : null;
        String name = answer == null ? null : nameOf.apply(answer);
        return name == null ? ProbeResult.of(ProbeResult.Outcome.NOT_PLATFORM) : ProbeResult.found(name);
    }

    /** A JSON object, or null when the text is not one. */
    private static JsonNode json(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
