package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.config.LlmSettings;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.MovableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings' "Test" button, at the service level: what worked, in words. */
class ConnectionTestTest {

    private final FakeOpenAi server = new FakeOpenAi();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T15:30:00Z"));
    private final AssistTexts english = new AssistTexts(new Messages(Language.ENGLISH));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWorkingEndpointIsReachedListsTheModelAndAnswers() {
        Gateways g = new Gateways(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(5)), Map.of(), clock);

        ConnectionReport report = new ConnectionTest(g.gateway, g.prompts).run("admin");

        assertThat(report.modelAnswers()).isTrue();
        List<String> lines = english.report(report);
        assertThat(lines.get(0)).isEqualTo("Endpoint " + server.baseUrl().replaceAll("/$", "") + ", model gpt-4o-mini.");
        assertThat(lines.subList(1, 4)).containsExactly("No API key is set (a local server such as Ollama needs none).",
                "Reached the server: it offers 2 models.", "The model gpt-4o-mini is among them.");
        assertThat(lines.get(4)).matches("The model answered in [\\d,]+ ms\\.");
        assertThat(lines.get(5)).isEqualTo("The assistant will use this model.");
        assertThat(server.requests()).extracting(r -> r.getPath()).containsExactly("/v1/models", "/v1/chat/completions");
        assertThat(g.audited).singleElement().satisfies(event -> assertThat(event.details())
                .containsEntry("prompt", "connection-test").containsEntry("outcome", "ANSWERED")
                .containsEntry("inputDigest", InputDigest.of(server.bodies().get(1))));
    }

    @Test
    void anAnswerClosesAnOpenCircuit() {
        Gateways g = new Gateways(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(5)), Map.of(), clock);
        g.gateway.ask(AssistRequest.of(com.storedesk.assist.prompt.ShippedPrompts.CONNECTION_TEST, Map.of(), () -> "-"));
        for (int i = 0; i < 3; i++) {
            g.breaker.failed();
        }
        assertThat(g.gateway.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(new ConnectionTest(g.gateway, g.prompts).run("admin").modelAnswers()).isTrue();
        assertThat(g.gateway.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRefusedKeyAndAnUnknownModelAreNamed() {
        server.answering(body -> new MockResponse().setResponseCode(401)
                .setBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"));
        LlmSettings settings = LlmSettings.none().withEndpoint(server.baseUrl(), "llama3.1");
        Gateways g = new Gateways(settings, Map.of(EnvironmentApiKey.VARIABLE, "sk-wrong"), clock);

        List<String> lines = english.report(new ConnectionTest(g.gateway, g.prompts).run("admin"));

        assertThat(lines).containsSubsequence("Reached the server: it offers 2 models.",
                "The model llama3.1 is not among them.", "The model did not answer: the server refused the API key.",
                "Until this works, the assistant answers from its templates.");
        assertThat(String.join("\n", lines)).doesNotContain("sk-wrong");
        assertThat(g.audited).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("outcome", "FAILED"));
    }

    @Test
    void aServerThatIsNotThereIsSaidSoInEveryLanguage() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Gateways g = new Gateways(Gateways.pointingAt("http://127.0.0.1:" + port + "/v1", Duration.ofSeconds(2)),
                Map.of(), clock);

        ConnectionReport report = new ConnectionTest(g.gateway, g.prompts).run("admin");

        assertThat(report.modelAnswers()).isFalse();
        assertThat(english.report(report)).contains("Could not list the server's models: no connection to the server.",
                "The model did not answer: no connection to the server.");
        assertThat(new AssistTexts(new Messages(Language.GERMAN)).report(report))
                .contains("Das Modell hat nicht geantwortet: keine Verbindung zum Server.");
        assertThat(new AssistTexts(new Messages(Language.FRENCH)).report(report))
                .contains("Le mod\u00e8le n'a pas r\u00e9pondu : pas de connexion au serveur.");
        assertThat(new AssistTexts(new Messages(Language.SPANISH)).report(report))
                .contains("El modelo no respondi\u00f3: sin conexi\u00f3n con el servidor.");
    }

    @Test
    void withoutAnEndpointTheTestSaysSoAndCallsNothing() {
        Gateways g = new Gateways(LlmSettings.none(), Map.of(), clock);
        ConnectionReport report = new ConnectionTest(g.gateway, g.prompts).run("admin");
        assertThat(english.report(report))
                .containsExactly("No AI model endpoint is set: StoreDesk answers from its templates.");
        assertThat(g.audited).isEmpty();
    }

    @Test
    void theModeIsSaidForEveryOutcome() {
        PromptRef ref = new PromptRef("copilot-ask", 1);
        assertThat(english.mode(new Answer("x", AnswerMode.MODEL, java.util.Optional.of(LlmOutcome.ANSWERED), ref)))
                .isEqualTo("Answered by the AI model");
        assertThat(english.mode(new Answer("x", AnswerMode.TEMPLATE, java.util.Optional.empty(), ref)))
                .isEqualTo("Answered from templates: no AI model is set up");
        assertThat(english.mode(new Answer("x", AnswerMode.TEMPLATE, java.util.Optional.of(LlmOutcome.TIMED_OUT), ref)))
                .isEqualTo("Answered from templates: the AI model took too long");
        assertThat(english.mode(new Answer("x", AnswerMode.TEMPLATE, java.util.Optional.of(LlmOutcome.FAILED), ref)))
                .isEqualTo("Answered from templates: the AI model could not be reached");
        assertThat(english.mode(new Answer("x", AnswerMode.TEMPLATE, java.util.Optional.of(LlmOutcome.SKIPPED), ref)))
                .isEqualTo("Answered from templates: the AI model is paused after repeated failures");
        assertThat(english.mode(new Answer("x", AnswerMode.TEMPLATE, java.util.Optional.of(LlmOutcome.ANSWERED), ref)))
                .isEqualTo("Answered from templates");
        assertThat(english.problem(new CallProblem(CallProblem.Kind.HTTP_ERROR, 502)))
                .isEqualTo("the server answered with error 502");
    }
}
