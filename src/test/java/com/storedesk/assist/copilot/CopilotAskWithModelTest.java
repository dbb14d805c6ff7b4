package com.storedesk.assist.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.assist.AnswerMode;
import com.storedesk.assist.AssistGateway;
import com.storedesk.assist.CircuitBreaker;
import com.storedesk.assist.EnvironmentApiKey;
import com.storedesk.assist.LlmCallAudit;
import com.storedesk.assist.LlmEndpoints;
import com.storedesk.assist.LlmOutcome;
import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptRepository;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.audit.AuditEvent;
import com.storedesk.config.LlmSettings;
import com.storedesk.data.Database;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CatalogRepository;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.StoreStockRepository;
import com.storedesk.i18n.Language;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.SeededDemo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copilot with a model on an OpenAI-compatible server: the model's tools, and the fallback when it fails. */
class CopilotAskWithModelTest {

    private static final String QUESTION = "Is the French Press 34 oz in stock at another store?";

    private final AppContext context = SeededDemo.context();

    /** No test run ends while the knowledge model is still loading. */
    @BeforeAll
    static void buildTheKnowledgeIndex() {
        SeededDemo.context().knowledge().start().join();
    }
    private final FakeOpenAi server = new FakeOpenAi();
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private CopilotAsk copilot() {
        Database database = context.database();
        LlmSettings settings = LlmSettings.none().withEndpoint(server.baseUrl(), FakeOpenAi.MODEL)
                .withTimeout(Duration.ofSeconds(10));
        AssistGateway gateway = new AssistGateway(new PromptRegistry(new ShippedPrompts(), new PromptRepository(database)),
                new LlmEndpoints(() -> settings, Map.of(), new EnvironmentApiKey(Map.of())),
                new CircuitBreaker(3, Duration.ofMinutes(1), context.clock()), new LlmCallAudit(audited::add));
        return new CopilotAsk(gateway, new ProductSearch(new CatalogRepository(database)::activeProducts),
                new StockByStore(new StoreStockRepository(database)),
                new CustomerHistory(new CustomerFactsRepository(database)), context.knowledge(), context.clock());
    }

    private CopilotAnswer ask(CopilotAsk copilot) {
        StoreSummary s01 = context.stores().listStores().get(0);
        return copilot.ask(new CopilotQuestion(QUESTION, Optional.empty(), Optional.of(s01), Language.ENGLISH,
                "associate.s01"));
    }

    @Test
    void theModelSearchesLooksUpTheStockAndAnswersWithItsSources() {
        server.answering(body -> {
            if (!body.contains("\"tool_call_id\"")) {
                return FakeOpenAi.toolCall("call_1", CopilotTools.SEARCH_PRODUCTS, "{\"words\":\"french press\"}");
            }
            if (!body.contains("\"call_2\"")) {
                String sku = body.replaceAll("(?s).*SKU (KIT-\\d{4}) \\| French Press 34 oz.*", "$1");
                return FakeOpenAi.toolCall("call_2", CopilotTools.STOCK_BY_STORE, "{\"sku\":\"" + sku + "\"}");
            }
            return FakeOpenAi.completion("Yes: the other stores have it; see the table.");
        });

        CopilotAnswer answer = ask(copilot());

        assertThat(answer.mode()).isEqualTo(AnswerMode.MODEL);
        assertThat(answer.outcome()).contains(LlmOutcome.ANSWERED);
        assertThat(answer.text()).isEqualTo("Yes: the other stores have it; see the table.");
        StockTable stock = answer.stock().orElseThrow();
        assertThat(stock.product().name()).isEqualTo("French Press 34 oz");
        assertThat(stock.rows().get(0).storeId()).isEqualTo(context.stores().listStores().get(0).id());
        assertThat(answer.sources()).extracting(CopilotSource::kind).startsWith(CopilotSource.Kind.PRODUCT)
                .contains(CopilotSource.Kind.STOCK, CopilotSource.Kind.KNOWLEDGE);
        assertThat(server.bodies()).hasSize(3);
        assertThat(server.bodies().get(0)).contains(CopilotTools.SEARCH_PRODUCTS, CopilotTools.STOCK_BY_STORE,
                CopilotTools.CUSTOMER_HISTORY, CopilotTools.SEARCH_KNOWLEDGE).contains("[1] ");
        assertThat(server.bodies().get(2)).contains("(the asking store): ");
        assertThat(audited).as("one audit entry for the whole question").hasSize(1);
    }

    @Test
    void aMalformedAnswerGivesTheBestEffortAnswerAndSaysWhy() {
        server.answering(body -> FakeOpenAi.json("{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"role\":"));

        CopilotAnswer answer = ask(copilot());

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).contains(LlmOutcome.FAILED);
        assertThat(answer.stock()).get().extracting(table -> table.product().name()).isEqualTo("French Press 34 oz");
        assertThat(answer.text()).startsWith("French Press 34 oz (");
        assertThat(audited).singleElement().satisfies(event -> assertThat(event.details())
                .containsEntry("outcome", "FAILED"));
    }
}
