package com.storedesk.pos.http;

import com.storedesk.pos.ConnectorException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One POS connection's way to its platform: every call authorised, retried when the platform
 * is briefly away, paced when it asks, and cut off by the {@link CircuitBreaker} when it is down.
 *
 * <ul>
 *   <li>No answer, a timeout, 408 or 5xx: tried again after an exponential, jittered backoff, up
 *       to {@link RetryPolicy#maxAttempts()}; then {@code pos.error.unreachable}.
 *   <li>429, or an answer the platform's {@link RateLimitWait} reads as throttled: waits as long
 *       as the platform asks or backs off, within the same attempts; then {@code pos.error.rateLimited}.
 *   <li>401, 403: {@code pos.error.unauthorized} at once, as retrying cannot fix a credential;
 *       unless its {@link AccessTokens} can renew the token, which is then tried once.
 *   <li>Any other answer is handed back as an {@link HttpReply} for the connector to read.
 *   <li>A {@link RequestThrottle}, where the platform reports its allowance, delays a request until it
 *       fits, so the platform does not have to refuse it.
 * </ul>
 *
 * <p>Callers send only requests that are safe to repeat: reads, or writes carrying the platform's
 * idempotency key. Messages name the platform, the endpoint and the status, never a header, and
 * the credential's secret is scrubbed from anything else that is quoted.
 */
public final class PosHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PosHttp.class);

    private final OkHttpClient client;
    private final String platform;
    private final Credential credential;
    private final RetryPolicy policy;
    private final CircuitBreaker circuit;
    private final RateLimitWait rateLimitWait;
    private final Pacing pacing;
    private final RequestThrottle throttle;

    public PosHttp(OkHttpClient client, String platform, Credential credential, RetryPolicy policy,
            CircuitBreaker circuit, RateLimitWait rateLimitWait, Pacing pacing) {
        this(client, platform, credential, policy, circuit, rateLimitWait, pacing, RequestThrottle.NONE);
    }

    /** A connection whose requests are also paced by {@code throttle} before they are sent. */
    public PosHttp(OkHttpClient client, String platform, Credential credential, RetryPolicy policy,
            CircuitBreaker circuit, RateLimitWait rateLimitWait, Pacing pacing, RequestThrottle throttle) {
        this.client = Objects.requireNonNull(client, "client");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.circuit = Objects.requireNonNull(circuit, "circuit");
        this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /** Whether the platform is answering, for a status bar. */
    public ConnectionStatus status() {
        return circuit.status();
    }

    /**
     * Sends {@code request} with the credential added.
     *
     * @param endpoint the platform's name for the call (e.g. {@code SearchOrders}), used in messages
     * @throws ConnectorException when the platform is unreachable, refuses the credential, or keeps
     *     rate-limiting
     */
    public HttpReply send(String endpoint, Request request) throws ConnectorException {
        Credential.Authorised authorised = credential.authorise(request);
        boolean renewed = false;
        String problem = "no attempt";
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (!circuit.allowsCall()) {
                throw unreachable(endpoint, "the circuit is open until " + circuit.openUntil()
                        + " after repeated failures", null);
            }
            Outcome outcome = attempt(endpoint, authorised.request());
            if (outcome.reply != null) {
                return outcome.reply;
            }
            if (outcome.refused) {
                Optional<Credential.Authorised> again = renewed ? Optional.empty()
                        : credential.afterRefusal(authorised, request);
                if (again.isEmpty()) {
                    throw new ConnectorException("pos.error.unauthorized",
                            message(endpoint, outcome.problem + ": the credentials were refused"), null);
                }
                LOG.info("{} {}: the access token was refused; trying once with a renewed one", platform, endpoint);
                authorised = again.get();
                renewed = true;
                attempt--; // a renewed token is a first try of its own, not a retry of a failure
                continue;
            }
            problem = outcome.problem;
            boolean last = attempt == policy.maxAttempts();
            if (outcome.rateLimited) {
                Duration wait = outcome.requestedWait.orElse(policy.backoff(attempt, pacing.jitter().getAsDouble()));
                if (last || wait.compareTo(policy.longestRateLimitWait()) > 0) {
                    throw new ConnectorException("pos.error.rateLimited", message(endpoint, problem
                            + (last ? " after " + attempt + " attempts" : ", asked to wait " + wait)), null);
                }
                pause(endpoint, wait, attempt, problem);
            } else if (!last && circuit.allowsCall()) {
                pause(endpoint, policy.backoff(attempt, pacing.jitter().getAsDouble()), attempt, problem);
            } else {
                throw unreachable(endpoint, problem + " (" + attempt + " attempts)", outcome.cause);
            }
        }
        throw unreachable(endpoint, problem, null);
    }

    private Outcome attempt(String endpoint, Request request) throws ConnectorException {
        Duration paced = throttle.beforeRequest(pacing.clock().instant());
        if (paced.compareTo(Duration.ZERO) > 0) {
            LOG.debug("{} {}: waiting {} ms for the platform's allowance", platform, endpoint, paced.toMillis());
            sleep(endpoint, paced);
        }
        try (Response response = client.newCall(request).execute()) {
            throttle.afterResponse(response, pacing.clock().instant());
            int code = response.code();
            if (code == 401 || code == 403) {
                circuit.recordSuccess();
                return Outcome.refused("HTTP " + code);
            }
            if (code == 429) {
                circuit.recordSuccess();
                return Outcome.rateLimited("HTTP 429", rateLimitWait.after(response, pacing.clock().instant()));
            }
            if (code == 408 || code >= 500) {
                circuit.recordFailure();
                return Outcome.failed("HTTP " + code, null);
            }
            HttpReply reply = new HttpReply(code, readBody(response));
            circuit.recordSuccess();
            Optional<Duration> throttled = rateLimitWait.throttled(reply, pacing.clock().instant());
            if (throttled.isPresent()) {
                return Outcome.rateLimited("HTTP " + code + " throttled", throttled);
            }
            return Outcome.answered(reply);
        } catch (IOException e) {
            circuit.recordFailure();
            String detail = credential.scrub(e.getClass().getSimpleName() + ": " + e.getMessage());
            boolean clean = detail.equals(e.getClass().getSimpleName() + ": " + e.getMessage());
            return Outcome.failed(detail, clean ? e : null);
        }
    }

    private static String readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private void pause(String endpoint, Duration wait, int attempt, String problem) throws ConnectorException {
        LOG.info("{} {}: {}; attempt {} of {} again in {} ms", platform, endpoint, problem, attempt + 1,
                policy.maxAttempts(), wait.toMillis());
        sleep(endpoint, wait);
    }

    private void sleep(String endpoint, Duration wait) throws ConnectorException {
        try {
            pacing.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(endpoint, "interrupted while waiting to try again", null);
        }
    }

    private ConnectorException unreachable(String endpoint, String problem, Throwable cause) {
        ConnectionStatus status = circuit.status();
        String since = status.reachable() ? "" : "; unreachable since " + status.unreachableSince();
        return new ConnectorException("pos.error.unreachable", message(endpoint, problem + since), cause);
    }

    private String message(String endpoint, String problem) {
        return credential.scrub(platform + " " + endpoint + ": " + problem);
    }

    /** What one attempt came to: an answer for the caller, or why to try again. */
    private record Outcome(HttpReply reply, String problem, boolean rateLimited, boolean refused,
            Optional<Duration> requestedWait, Throwable cause) {

        static Outcome answered(HttpReply reply) {
            return new Outcome(reply, null, false, false, Optional.empty(), null);
        }

        static Outcome rateLimited(String problem, Optional<Duration> wait) {
            return new Outcome(null, problem, true, false, wait, null);
        }

        static Outcome refused(String problem) {
            return new Outcome(null, problem, false, true, Optional.empty(), null);
        }

        static Outcome failed(String problem, Throwable cause) {
            return new Outcome(null, problem, false, false, Optional.empty(), cause);
        }
    }
}
