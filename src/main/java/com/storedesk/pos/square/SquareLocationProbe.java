package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.PosHttp;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.http.RetryPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * One {@code GET /v2/locations/{id}}, read for what it proves: the server answered, the token was
 * accepted, the location exists. A person waits for it, so it is tried once, without the sync's
 * retries, and on a circuit of its own.
 */
public final class SquareLocationProbe {

    /** How far a probe got. */
    public enum Outcome {
        /** No answer, a timeout or a 5xx. */
        UNREACHABLE,
        /** Something answered, but not as Square does (a wrong address). */
        NOT_SQUARE,
        /** 401 or 403. */
        UNAUTHORIZED,
        /** Token accepted, but this account has no such location. */
        LOCATION_UNKNOWN,
        /** Square asked to slow down: reachable and the token not refused, location not known yet. */
        RATE_LIMITED,
        LOCATION_FOUND
    }

    /** @param locationName the location's name when found, else null */
    public record Result(Outcome outcome, String locationName) {
    }

    private SquareLocationProbe() {
    }

    public static Result probe(SquareSettings settings, OkHttpClient client, Pacing pacing) {
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        PosHttp http = new PosHttp(client, "Square", Credential.bearer(settings.accessToken()), once,
                CircuitBreaker.defaults(pacing.clock()), RateLimitWait.RETRY_AFTER, pacing);
        SquareApi api = new SquareApi(http, settings.baseUrl());
        String path = "/v2/locations/" + URLEncoder.encode(settings.locationId(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        try {
            JsonNode answer = api.get("RetrieveLocation", path);
            return new Result(Outcome.LOCATION_FOUND, answer.path("location").path("name").asText(settings.locationId()));
        } catch (SquareRefusal refusal) {
            return new Result(refusal.status() == 404 || refusal.status() == 400 ? Outcome.LOCATION_UNKNOWN
                    : Outcome.NOT_SQUARE, null);
        } catch (ConnectorException e) {
            return new Result(switch (e.messageKey()) {
                case "pos.error.unauthorized" -> Outcome.UNAUTHORIZED;
                case "pos.error.rateLimited" -> Outcome.RATE_LIMITED;
                case "pos.error.malformed" -> Outcome.NOT_SQUARE;
                default -> Outcome.UNREACHABLE;
            }, null);
        }
    }
}
