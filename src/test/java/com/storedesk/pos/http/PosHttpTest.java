package com.storedesk.pos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.storedesk.pos.ConnectorException;
import com.storedesk.testing.MovableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PosHttpTest {

    private static final String TOKEN = "sq0atp-very-secret-token-42";
    private static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Pacing pacing = new Pacing(clock, sleeps::add, () -> 1.0);
    private final MockWebServer server = new MockWebServer();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PosHttp.class);

    @BeforeEach
    void start() throws IOException {
        server.start();
        logged.start();
        logger.addAppender(logged);
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stop() throws IOException {
        logger.detachAppender(logged);
        logger.setLevel(null);
        server.shutdown();
    }

    private PosHttp http(OkHttpClient client, int attempts, CircuitBreaker circuit) {
        return new PosHttp(client, "Test", Credential.bearer(TOKEN),
                new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1)), circuit,
                RateLimitWait.RETRY_AFTER, pacing);
    }

    private PosHttp http(int attempts) {
        return http(new OkHttpClient(), attempts, new CircuitBreaker(10, Duration.ofMinutes(1), clock));
    }

    private Request get() {
        return new Request.Builder().url(server.url("/v1/things")).build();
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredOnTheInjectedClock() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "Sat, 15 Mar 2025 12:00:30 GMT"));
        server.enqueue(new MockResponse().setBody("{}"));

        HttpReply reply = http(3).send("ListThings", get());

        assertThat(reply).isEqualTo(new HttpReply(200, "{}"));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aPauseLongerThanTheLongestWaitIsARateLimitErrorNotABlockedThread() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> http(3).send("ListThings", get())).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.rateLimited");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anAnswerThePlatformReadsAsThrottledIsRetriedLikeA429AndTheLastOneIsARateLimitError() throws Exception {
        RateLimitWait bodyThrottle = new RateLimitWait() {
            @Override
            public Optional<Duration> after(Response response, Instant now) {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> throttled(HttpReply reply, Instant now) {
                return reply.body().contains("THROTTLED") ? Optional.of(Duration.ofSeconds(3))
                        : Optional.empty();
            }
        };
        PosHttp http = new PosHttp(new OkHttpClient(), "Test", Credential.bearer(TOKEN),
                new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1)),
                new CircuitBreaker(10, Duration.ofMinutes(1), clock), bodyThrottle, pacing);
        server.enqueue(new MockResponse().setBody("{\"errors\":[{\"extensions\":{\"code\":\"THROTTLED\"}}]}"));
        server.enqueue(new MockResponse().setBody("{\"data\":{}}"));
        server.enqueue(new MockResponse().setBody("{\"errors\":[{\"extensions\":{\"code\":\"THROTTLED\"}}]}"));
        server.enqueue(new MockResponse().setBody("{\"errors\":[{\"extensions\":{\"code\":\"THROTTLED\"}}]}"));

        assertThat(http.send("Query", get()).body()).isEqualTo("{\"data\":{}}");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThatThrownBy(() -> http.send("Query", get())).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.rateLimited");
        assertThat(http.status().reachable()).as("a throttled platform is up").isTrue();
    }

    @Test
    void backoffDoublesUpToItsCeilingAndStopsAfterTheLastAttempt() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }

        assertThatThrownBy(() -> http(5).send("ListThings", get())).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("HTTP 503 (5 attempts)")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unreachable");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void jitterKeepsAtLeastHalfOfTheWait() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(3, 1.0)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.backoff(40, 1.0)).isEqualTo(policy.maxBackoff());
    }

    @Test
    void theCircuitFailsFastWhileOpenAndATrialAfterTheCoolDownClosesIt() throws Exception {
        CircuitBreaker circuit = new CircuitBreaker(2, Duration.ofMinutes(1), clock);
        PosHttp http = http(new OkHttpClient(), 1, circuit);
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody("{}"));

        assertThatThrownBy(() -> http.send("ListThings", get())).isInstanceOf(ConnectorException.class);
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> http.send("ListThings", get())).isInstanceOf(ConnectorException.class);
        assertThat(http.status()).isEqualTo(new ConnectionStatus(NOW));
        assertThatThrownBy(() -> http.send("ListThings", get())).hasMessageContaining("circuit is open");
        assertThat(server.getRequestCount()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.send("ListThings", get()).code()).isEqualTo(200);
        assertThat(http.status().reachable()).isTrue();
    }

    @Test
    void aRateLimitDoesNotCountAsAnOutage() throws Exception {
        CircuitBreaker circuit = new CircuitBreaker(1, Duration.ofMinutes(1), clock);
        server.enqueue(new MockResponse().setResponseCode(429));
        server.enqueue(new MockResponse().setBody("{}"));

        assertThat(http(new OkHttpClient(), 2, circuit).send("ListThings", get()).code()).isEqualTo(200);
        assertThat(circuit.status().reachable()).isTrue();
    }

    @Test
    void aDeadHostIsUnreachableAfterItsAttempts() throws Exception {
        String url = server.url("/v1/things").toString();
        server.shutdown();
        Request request = new Request.Builder().url(url).build();

        assertThatThrownBy(() -> http(3).send("ListThings", request)).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unreachable");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void theTokenReachesNoLogLineAndNoException() {
        List<Throwable> failures = new ArrayList<>();
        // A transport failure that quotes the header it was given, the worst a library could do.
        OkHttpClient leaky = new OkHttpClient.Builder().addInterceptor(chain -> {
            throw new IOException("refused " + chain.request().header("Authorization"));
        }).build();
        collect(failures, () -> http(leaky, 2, new CircuitBreaker(10, Duration.ofMinutes(1), clock))
                .send("ListThings", get()));
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"token\":\"" + TOKEN + "\"}"));
        collect(failures, () -> http(1).send("ListThings", get()));
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setResponseCode(429));
        collect(failures, () -> http(2).send("ListThings", get()));

        assertThat(failures).hasSize(3);
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
                assertThat(t.toString()).doesNotContain(TOKEN);
            }
        }
        assertThat(logged.list).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
            assertThat(event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())
                    .doesNotContain(TOKEN);
        });
        assertThat(Credential.bearer(TOKEN).toString()).doesNotContain(TOKEN);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void collect(List<Throwable> failures, Call call) {
        try {
            call.run();
        } catch (Exception e) {
            failures.add(e);
        }
    }
}
