package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.assist.privacy.KnownCustomer;
import com.storedesk.assist.privacy.MaskingContext;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.config.LlmSettings;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssistGatewayTest {

    private static final KnownCustomer MARIA = new KnownCustomer("Maria", "Lopez", "maria.lopez@example.com",
            "+1 212-555-0123", null, "HP40001234");
    private static final Map<String, String> ASK = Map.of("language", "English", "store", "Downtown",
            "customer", "Maria Lopez, member HP40001234", "facts", "Bought a rain jacket (M) on 2026-03-14.",
            "question", "Can Maria return the jacket? Her email is maria.lopez@example.com, phone 212-555-0123.");
    private static final String FALLBACK = "Opened items can be returned within 30 days with the receipt.";

    private final FakeOpenAi server = new FakeOpenAi();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T15:30:00Z"));

    @AfterEach
    void stop() {
        server.close();
    }

    private Gateways gateways(Duration timeout) {
        return new Gateways(Gateways.pointingAt(server.baseUrl(), timeout), Map.of(), clock);
    }

    private static AssistRequest ask() {
        return AssistRequest.of(ShippedPrompts.COPILOT_ASK, ASK, () -> FALLBACK).masking(MaskingContext.of(MARIA))
                .by("associate.s01", 7L);
    }

    @Test
    void theModelAnswersFromMaskedTextAndTheAnswerIsUnmaskedHere() {
        server.answering(body -> FakeOpenAi.completion("Yes: <CUSTOMER_1_FIRST> can return it; we will write to <EMAIL_1>."));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.ask(ask());

        assertThat(answer.mode()).isEqualTo(AnswerMode.MODEL);
        assertThat(answer.outcome()).contains(LlmOutcome.ANSWERED);
        assertThat(answer.prompt()).isEqualTo(new PromptRef("copilot-ask", 1));
        assertThat(answer.text()).isEqualTo("Yes: Maria can return it; we will write to maria.lopez@example.com.");
        String sent = server.bodies().get(0);
        assertThat(sent).contains("\"model\" : \"gpt-4o-mini\"").contains("<CUSTOMER_1>").contains("<LOYALTY_ID_1>")
                .contains("<EMAIL_1>").contains("<PHONE_1>").contains("2026-03-14")
                .doesNotContain("Maria").doesNotContain("Lopez").doesNotContain("maria.lopez").doesNotContain("555-0123")
                .doesNotContain("HP40001234");
        assertThat(server.requests().get(0).getPath()).isEqualTo("/v1/chat/completions");
        assertThat(g.audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LLM_CALL);
            assertThat(event.actor()).isEqualTo("associate.s01");
            assertThat(event.storeId()).isEqualTo(7L);
            assertThat(event.details()).containsEntry("prompt", "copilot-ask").containsEntry("promptVersion", "1")
                    .containsEntry("model", "gpt-4o-mini").containsEntry("outcome", "ANSWERED")
                    .containsEntry("inputDigest", InputDigest.of(sent));
        });
    }

    @Test
    void aSlowEndpointTimesOutAndTheTemplateAnswersWithinTheTimeout() {
        server.answering(body -> FakeOpenAi.completion("late").setHeadersDelay(5, java.util.concurrent.TimeUnit.SECONDS));
        Gateways g = gateways(Duration.ofSeconds(1));

        long started = System.nanoTime();
        Answer answer = g.gateway.ask(ask());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.TIMED_OUT);
        assertThat(answer.text()).isEqualTo(FALLBACK);
        assertThat(took).isLessThan(Duration.ofMillis(2500));
        assertThat(g.audited).singleElement().satisfies(event -> assertThat(event.details())
                .containsEntry("outcome", "TIMED_OUT"));
    }

    @Test
    void aBodyThatTricklesInPastTheTimeoutAlsoTimesOut() {
        server.answering(body -> FakeOpenAi.completion("slow answer " + "x".repeat(200))
                .throttleBody(16, 1, java.util.concurrent.TimeUnit.SECONDS));
        Answer answer = gateways(Duration.ofSeconds(1)).gateway.ask(ask());
        assertThat(answer.outcome()).contains(LlmOutcome.TIMED_OUT);
        assertThat(answer.text()).isEqualTo(FALLBACK);
    }

    @Test
    void aServerErrorFailsToTheTemplate() {
        server.answering(body -> new MockResponse().setResponseCode(500)
                .setBody("{\"error\":{\"message\":\"boom for Maria Lopez\",\"type\":\"server_error\"}}"));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.ask(ask());

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(answer.text()).isEqualTo(FALLBACK);
        assertThat(g.audited).singleElement().satisfies(event -> assertThat(event.details())
                .containsEntry("outcome", "FAILED").containsEntry("inputDigest", InputDigest.of(server.bodies().get(0))));
    }

    @Test
    void malformedAndEmptyAnswersFail() {
        server.answering(body -> FakeOpenAi.json("this is not JSON"));
        Gateways g = gateways(Duration.ofSeconds(5));
        assertThat(g.gateway.ask(ask()).outcome()).contains(LlmOutcome.FAILED);
        server.answering(body -> FakeOpenAi.completion("  "));
        assertThat(g.gateway.ask(ask()).outcome()).contains(LlmOutcome.FAILED);
    }

    @Test
    void afterThreeFailuresTheCircuitOpensAndCallsAreSkippedUntilTheCoolDownEnds() {
        server.answering(body -> new MockResponse().setResponseCode(503));
        Gateways g = gateways(Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            assertThat(g.gateway.ask(ask()).outcome()).contains(LlmOutcome.FAILED);
        }
        assertThat(g.gateway.circuit()).isEqualTo(CircuitBreaker.State.OPEN);

        long started = System.nanoTime();
        Answer skipped = g.gateway.ask(ask());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(skipped.outcome()).contains(LlmOutcome.SKIPPED);
        assertThat(skipped.text()).isEqualTo(FALLBACK);
        assertThat(server.requestCount()).as("nothing reached the server").isEqualTo(3);
        assertThat(g.audited).extracting(e -> e.details().get("outcome"))
                .containsExactly("FAILED", "FAILED", "FAILED", "SKIPPED");

        clock.advance(Duration.ofMinutes(1));
        server.answering(body -> FakeOpenAi.completion("Back."));
        assertThat(g.gateway.ask(ask()).outcome()).as("the trial call after the cool-down").contains(LlmOutcome.ANSWERED);
        assertThat(g.gateway.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void aFailedTrialOpensTheCircuitAgainAtOnce() {
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            breaker.failed();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(breaker.allowsCall()).isTrue();
        assertThat(breaker.allowsCall()).as("one trial at a time").isFalse();
        breaker.failed();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allowsCall()).isFalse();
    }

    @Test
    void withoutAnEndpointTheTemplateAnswersAndNothingIsCalledOrAudited() {
        Gateways g = new Gateways(LlmSettings.none(), Map.of("STOREDESK_LLM_API_KEY", "sk-only-a-key"), clock);

        Answer answer = g.gateway.ask(ask());

        assertThat(g.gateway.hasModel()).isFalse();
        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).isEmpty();
        assertThat(answer.text()).isEqualTo(FALLBACK);
        assertThat(g.audited).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void environmentVariablesWinOverSettings() {
        server.answering(body -> FakeOpenAi.completion("From the environment."));
        Map<String, String> environment = Map.of(LlmEndpoints.BASE_URL, server.baseUrl(), LlmEndpoints.MODEL,
                "llama3.1", EnvironmentApiKey.VARIABLE, "sk-test-0123456789");
        LlmSettings settings = LlmSettings.none().withEndpoint("http://127.0.0.1:9/v1", "gpt-4o");
        Gateways g = new Gateways(settings, environment, clock);

        Answer answer = g.gateway.ask(ask());

        assertThat(answer.text()).isEqualTo("From the environment.");
        assertThat(server.bodies().get(0)).contains("\"model\" : \"llama3.1\"");
        assertThat(server.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer sk-test-0123456789");
        assertThat(g.audited).singleElement().satisfies(event -> {
            assertThat(event.details()).containsEntry("model", "llama3.1");
            assertThat(event.toString()).doesNotContain("sk-test");
        });
        LlmEndpoint endpoint = g.gateway.endpoint().orElseThrow();
        assertThat(endpoint.toString()).doesNotContain("sk-test").contains("key=set").contains("llama3.1");
        assertThat(endpoint.apiKey().orElseThrow().toString()).isEqualTo("ApiKey[hidden]");
    }

    @Test
    void settingsAloneConfigureTheEndpointAndItsTimeout() {
        LlmEndpoints endpoints = new LlmEndpoints(
                () -> LlmSettings.none().withEndpoint("http://localhost:11434/v1", "llama3.1").withTimeout(Duration.ofSeconds(7)),
                Map.of(), new EnvironmentApiKey(Map.of()));
        LlmEndpoint endpoint = endpoints.current().orElseThrow();
        assertThat(endpoint.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(endpoint.model()).isEqualTo("llama3.1");
        assertThat(endpoint.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(endpoint.apiKey()).isEmpty();
        LlmEndpoints withoutModel = new LlmEndpoints(
                () -> LlmSettings.none().withEndpoint("https://api.openai.com/v1", " ").withTimeout(Duration.ofSeconds(7)),
                Map.of(), new EnvironmentApiKey(Map.of()));
        assertThat(new LlmEndpoints(() -> new LlmSettings(java.util.Optional.of("https://api.openai.com/v1"),
                java.util.Optional.empty(), Duration.ofSeconds(3), "HP\\d{8}"), Map.of(), java.util.Optional::empty)
                .current().orElseThrow().model()).isEqualTo(LlmEndpoints.DEFAULT_MODEL);
        assertThat(withoutModel.current()).isPresent();
    }

    @Test
    void aChangedEndpointGetsAFreshCircuit() {
        server.answering(body -> new MockResponse().setResponseCode(500));
        java.util.concurrent.atomic.AtomicReference<LlmSettings> settings =
                new java.util.concurrent.atomic.AtomicReference<>(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(5)));
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(1), clock);
        java.util.List<AuditEvent> audited = new java.util.ArrayList<>();
        AssistGateway gateway = new AssistGateway(new Gateways(LlmSettings.none(), Map.of(), clock).prompts,
                new LlmEndpoints(settings::get, Map.of(), java.util.Optional::empty), breaker, new LlmCallAudit(audited::add));
        for (int i = 0; i < 3; i++) {
            gateway.ask(ask());
        }
        assertThat(gateway.circuit()).isEqualTo(CircuitBreaker.State.OPEN);

        try (FakeOpenAi repaired = new FakeOpenAi()) {
            settings.set(Gateways.pointingAt(repaired.baseUrl(), Duration.ofSeconds(5)));
            assertThat(gateway.ask(ask()).outcome()).contains(LlmOutcome.ANSWERED);
        }
        gateway.close();
    }

    @Test
    void anEndpointTheClientCannotUseFailsToTheTemplate() {
        Gateways g = new Gateways(Gateways.pointingAt("localhost:not-a-port/v1", Duration.ofSeconds(2)), Map.of(), clock);
        Answer answer = g.gateway.ask(ask());
        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(g.audited).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("outcome", "FAILED"));
    }

    @Test
    void neitherTheKeyNorACustomersDataReachesTheLog() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        try {
            Gateways g = new Gateways(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(1)),
                    Map.of(EnvironmentApiKey.VARIABLE, "sk-live-TOPSECRET42"), clock);
            server.answering(body -> new MockResponse().setResponseCode(500)
                    .setBody("{\"error\":{\"message\":\"cannot serve Maria Lopez maria.lopez@example.com\"}}"));
            g.gateway.ask(ask());
            server.answering(body -> new MockResponse().setResponseCode(401)
                    .setBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-live-TOPSECRET42\"}}"));
            g.gateway.ask(ask());
            server.answering(body -> FakeOpenAi.completion("late").setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS));
            g.gateway.ask(ask());
            server.answering(body -> FakeOpenAi.completion("Fine, <CUSTOMER_1>."));
            new ConnectionTest(g.gateway, g.prompts).run("admin");
            g.gateway.ask(ask());
        } finally {
            root.detachAppender(logged);
            root.setLevel(level);
        }
        StringBuilder everything = new StringBuilder();
        for (ch.qos.logback.classic.spi.ILoggingEvent event : logged.list) {
            everything.append(event.getFormattedMessage()).append('\n');
            for (ch.qos.logback.classic.spi.IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                everything.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        assertThat(logged.list).as("the failures were logged").isNotEmpty();
        assertThat(everything.toString()).doesNotContain("TOPSECRET").doesNotContain("Maria").doesNotContain("Lopez")
                .doesNotContain("maria.lopez").doesNotContain("555-0123").doesNotContain("HP40001234");
    }
}
