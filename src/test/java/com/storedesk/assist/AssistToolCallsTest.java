package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.assist.privacy.KnownCustomer;
import com.storedesk.assist.privacy.MaskingContext;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.audit.AuditEvent;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.MovableClock;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Questions with tools against an OpenAI-compatible server: the loop, its masking, and its failures. */
class AssistToolCallsTest {

    private static final KnownCustomer MARIA = new KnownCustomer("Maria", "Lopez", "maria.lopez@example.com",
            "+1 212-555-0123", null, "HP40001234");
    private static final Map<String, String> ASK = Map.of("language", "English", "store", "Downtown",
            "customer", "Maria Lopez, member HP40001234", "facts", "No passage matches.",
            "question", "What did Maria buy last spring?");
    private static final String FALLBACK = "Purchases to date: none.";

    private final FakeOpenAi server = new FakeOpenAi();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T15:30:00Z"));
    private final List<Map<String, String>> toolArguments = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    /** A customer's purchases, told with her name and e-mail, as a careless tool might. */
    private final AssistTool history = new AssistTool() {
        @Override
        public ToolSpecification specification() {
            return ToolSpecification.builder().name("customer_history").description("The customer's purchases")
                    .parameters(JsonObjectSchema.builder().addStringProperty("customer").addStringProperty("from")
                            .build()).build();
        }

        @Override
        public String run(Map<String, String> arguments) {
            toolArguments.add(arguments);
            return "Maria Lopez (maria.lopez@example.com) bought a French Press 34 oz on 2026-04-12.";
        }
    };

    private Gateways gateways(Duration timeout) {
        return new Gateways(Gateways.pointingAt(server.baseUrl(), timeout), Map.of(), clock);
    }

    private static AssistRequest ask() {
        return AssistRequest.of(ShippedPrompts.COPILOT_ASK, ASK, () -> FALLBACK).masking(MaskingContext.of(MARIA))
                .by("associate.s01", 7L);
    }

    @Test
    void theToolRunsWithUnmaskedArgumentsAndItsResultGoesBackMasked() {
        AtomicInteger requests = new AtomicInteger();
        server.answering(body -> requests.incrementAndGet() == 1
                ? FakeOpenAi.toolCall("call_1", "customer_history", "{\"customer\":\"<CUSTOMER_1>\",\"from\":\"2026-03-01\"}")
                : FakeOpenAi.completion("<CUSTOMER_1_FIRST> bought a French Press 34 oz on 2026-04-12; ask <EMAIL_1>."));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.mode()).isEqualTo(AnswerMode.MODEL);
        assertThat(answer.text()).isEqualTo("Maria bought a French Press 34 oz on 2026-04-12; ask maria.lopez@example.com.");
        assertThat(toolArguments).containsExactly(Map.of("customer", "Maria Lopez", "from", "2026-03-01"));
        assertThat(server.bodies()).hasSize(2);
        assertThat(server.bodies().get(0)).contains("\"tools\"").contains("customer_history").contains("<CUSTOMER_1>")
                .doesNotContain("Maria").doesNotContain("HP40001234");
        String second = server.bodies().get(1);
        assertThat(second).contains("\"tool_call_id\" : \"call_1\"")
                .contains("<CUSTOMER_1> (<EMAIL_1>) bought a French Press 34 oz on 2026-04-12.")
                .doesNotContain("Maria").doesNotContain("Lopez").doesNotContain("maria.lopez");
        assertThat(g.audited).singleElement().satisfies(event -> {
            assertThat(event.details()).containsEntry("outcome", "ANSWERED")
                    .containsEntry("inputDigest", InputDigest.of(server.bodies().get(0) + "\n" + second));
        });
    }

    @Test
    void aMalformedAnswerFallsBackToTheTemplate() {
        server.answering(body -> FakeOpenAi.json("{\"choices\":[{\"message\":"));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(answer.text()).isEqualTo(FALLBACK);
        assertThat(g.audited).extracting(AuditEvent::details).singleElement()
                .satisfies(details -> assertThat(details).containsEntry("outcome", "FAILED"));
    }

    @Test
    void twoRoundsThatEachFitTheTimeoutButNotTogetherFallBackWithinIt() {
        AtomicInteger requests = new AtomicInteger();
        // Each round alone is within the 3 s timeout; together they are not, and the question has one deadline.
        server.answering(body -> requests.incrementAndGet() == 1
                ? FakeOpenAi.toolCall("call_1", "customer_history", "{}").setHeadersDelay(1_500, TimeUnit.MILLISECONDS)
                : FakeOpenAi.completion("late").setHeadersDelay(2_500, TimeUnit.MILLISECONDS));
        Gateways g = gateways(Duration.ofSeconds(3));

        long started = System.nanoTime();
        Answer answer = g.gateway.askWithTools(ask(), List.of(history));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.TIMED_OUT);
        assertThat(answer.text()).isEqualTo(FALLBACK);
        // 3 s and the 0.5 s grace, with slack for a busy machine; both rounds would have taken 4 s.
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(3)).isLessThan(Duration.ofMillis(3_900));
        assertThat(toolArguments).as("the first round's tool ran").hasSize(1);
    }

    @Test
    void anUnknownToolFallsBackWithoutRunningAnything() {
        server.answering(body -> FakeOpenAi.toolCall("call_1", "delete_customer", "{}"));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(toolArguments).isEmpty();
    }

    @Test
    void aModelThatNeverStopsAskingForToolsFallsBackAfterTheLastRound() {
        server.answering(body -> FakeOpenAi.toolCall("call_" + server.requestCount(), "customer_history", "{}"));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(server.requestCount()).isEqualTo(ToolLoop.MOST_ROUNDS);
        assertThat(toolArguments).hasSize(ToolLoop.MOST_ROUNDS);
    }

    @Test
    void argumentsThatAreNotJsonFallBack() {
        server.answering(body -> FakeOpenAi.toolCall("call_1", "customer_history", "customer=<CUSTOMER_1>"));
        Gateways g = gateways(Duration.ofSeconds(5));

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(toolArguments).isEmpty();
    }

    @Test
    void withoutAnEndpointTheTemplateAnswersAndNothingIsSent() {
        Gateways g = new Gateways(com.storedesk.config.LlmSettings.none(), Map.of(), clock);

        Answer answer = g.gateway.askWithTools(ask(), List.of(history));

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).isEmpty();
        assertThat(server.requestCount()).isZero();
        assertThat(g.audited).isEmpty();
    }
}
