package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.assist.copilot.CopilotAnswer;
import com.storedesk.assist.copilot.CopilotAsk;
import com.storedesk.assist.copilot.CopilotQuestion;
import com.storedesk.assist.copilot.CopilotSource;
import com.storedesk.assist.copilot.CustomerHistory;
import com.storedesk.assist.copilot.ProductSearch;
import com.storedesk.assist.copilot.StockByStore;
import com.storedesk.assist.privacy.KnownCustomer;
import com.storedesk.assist.privacy.MaskingContext;
import com.storedesk.assist.prompt.PromptTemplate;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.data.Database;
import com.storedesk.data.facts.CatalogRepository;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.data.facts.StoreStockRepository;
import com.storedesk.i18n.Language;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.MovableClock;
import com.storedesk.testing.SeededDemo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy promise: every shipped prompt, filled with the demo chain's seeded customers' data in
 * the forms people type it, goes to a fake OpenAI-compatible server, and no request body holds any
 * seeded customer's name, e-mail, phone, address or loyalty id; the answers, which echo the
 * placeholders, come back with the values restored. The copilot's questions with tools are held to
 * the same promise, tool results included.
 */
class SeededCustomersPrivacyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z_]+_\\d+(?:_FIRST|_LAST)?>");
    /** Customers per prompt, spread over the whole chain. */
    private static final int SAMPLE = 40;
    /** Customers the copilot is asked about, each question four requests. */
    private static final int COPILOT_SAMPLE = 12;

    private static List<KnownCustomer> seeded;
    private static FakeOpenAi server;

    @BeforeAll
    static void readTheSeededCustomers() throws SQLException {
        seeded = new ArrayList<>();
        try (Connection connection = SeededDemo.context().database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT first_name, last_name, email, phone, loyalty_id FROM customer ORDER BY id")) {
            while (row.next()) {
                // The demo keeps no addresses; each customer gets one so that addresses are tested too.
                seeded.add(new KnownCustomer(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        (seeded.size() + 1) + " Harbour Road, Port Elm", row.getString(5)));
            }
        }
        server = new FakeOpenAi();
        // The fake model repeats every placeholder it was given, so unmasking has something to restore.
        server.answering(body -> FakeOpenAi.completion("Noted: " + String.join(" ", placeholders(body))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noSeededCustomersDataReachesTheModelAndAnswersAreUnmasked() {
        assertThat(seeded).hasSizeGreaterThan(1000);
        assertThat(seeded).filteredOn(c -> c.phone() != null).hasSizeGreaterThan(100);
        Gateways g = new Gateways(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(10)), Map.of(),
                new MovableClock(Instant.parse("2026-11-23T15:30:00Z")));
        MaskingContext everyone = new MaskingContext(seeded);
        int asked = 0;
        for (String id : ShippedPrompts.IDS) {
            PromptTemplate template = g.prompts.current(id);
            for (int n = 0; n < SAMPLE; n++) {
                KnownCustomer customer = seeded.get((int) ((long) n * seeded.size() / SAMPLE) + ShippedPrompts.IDS.indexOf(id));
                Map<String, String> values = new LinkedHashMap<>();
                int form = 0;
                for (String slot : template.variables()) {
                    values.put(slot, mention(customer, form++));
                }
                Answer answer = g.gateway.ask(AssistRequest.of(id, values, () -> "template").masking(everyone));
                assertThat(answer.mode()).as(id).isEqualTo(AnswerMode.MODEL);
                if (!values.isEmpty()) {
                    assertThat(answer.text()).as("unmasked answer of %s", id).containsIgnoringCase(customer.email() == null
                            ? customer.loyaltyId() : customer.email());
                }
                asked++;
            }
        }
        // One roster with many customers at once, as a briefing might list them.
        StringBuilder roster = new StringBuilder();
        for (int i = 0; i < seeded.size(); i += 17) {
            roster.append(mention(seeded.get(i), i)).append('\n');
        }
        g.gateway.ask(AssistRequest.of(ShippedPrompts.DAILY_BRIEFING, Map.of("language", "English", "store", "Downtown",
                "date", "2026-11-22", "facts", roster.toString()), () -> "template").masking(everyone));
        asked++;

        assertThat(server.bodies()).hasSize(asked);
        String all = String.join("\n", server.bodies());
        assertThat(all).as("masked, not dropped").contains("<CUSTOMER_1>", "<EMAIL_1>", "<PHONE_1>", "<ADDRESS_1>",
                "<LOYALTY_ID_1>", "<CUSTOMER_1_FIRST>");
        assertThat(leaks(all)).as("seeded customers' values in request bodies (shown starred)").isEmpty();
    }

    /**
     * The copilot's question about the customer at the counter, with the model calling every kind of
     * tool: the customer's purchases, a product search and a knowledge search whose arguments carry
     * placeholders. No request body of any round holds a seeded customer's values, tool results
     * included, and the answer comes back unmasked.
     */
    @Test
    void noSeededCustomersDataReachesTheModelThroughTheCopilotsTools() {
        AppContext context = SeededDemo.context();
        // No test run ends while the knowledge model is still loading.
        context.knowledge().start().join();
        Database database = context.database();
        try (FakeOpenAi copilotServer = new FakeOpenAi()) {
            copilotServer.answering(body -> switch (count(body, "\"tool_call_id\"")) {
                case 0 -> FakeOpenAi.toolCall("call_1", "customer_history", "{\"from\":\"2026-01-01\"}");
                case 1 -> FakeOpenAi.toolCall("call_2", "search_products", "{\"words\":\"<CUSTOMER_1> French press\"}");
                case 2 -> FakeOpenAi.toolCall("call_3", "search_knowledge",
                        "{\"question\":\"Can <CUSTOMER_1_FIRST> return it? Write to <EMAIL_1>.\"}");
                default -> FakeOpenAi.completion("Noted: " + String.join(" ", placeholders(body)));
            });
            Gateways g = new Gateways(Gateways.pointingAt(copilotServer.baseUrl(), Duration.ofSeconds(20)), Map.of(),
                    context.clock());
            CopilotAsk copilot = new CopilotAsk(g.gateway,
                    new ProductSearch(new CatalogRepository(database)::activeProducts),
                    new StockByStore(new StoreStockRepository(database)),
                    new CustomerHistory(new CustomerFactsRepository(database)), context.knowledge(), context.clock());
            int asked = 0;
            int withPurchases = 0;
            for (int n = 0; n < COPILOT_SAMPLE; n++) {
                KnownCustomer customer = seeded.get((int) ((long) n * seeded.size() / COPILOT_SAMPLE) + 7);
                CustomerRecord record = context.customerSearch().find(customer.loyaltyId()).get(0);
                // The forms without the address: the demo keeps none, so the copilot cannot know it.
                String question = "What did " + mention(customer, 2 + n % 2) + " buy last month?";
                CopilotAnswer answer = copilot.ask(new CopilotQuestion(question, Optional.of(record), Optional.empty(),
                        Language.ENGLISH, "associate.s01"));
                assertThat(answer.mode()).as(answer.toString()).isEqualTo(AnswerMode.MODEL);
                assertThat(answer.sources()).as("the tool ran for the customer at the counter")
                        .anyMatch(source -> source.kind() == CopilotSource.Kind.HISTORY);
                withPurchases += answer.history().isEmpty() ? 0 : 1;
                assertThat(answer.text()).containsIgnoringCase(customer.email() == null ? customer.loyaltyId()
                        : customer.email());
                asked++;
            }
            assertThat(withPurchases).as("customers whose purchases went to the model").isPositive();
            assertThat(copilotServer.bodies()).hasSize(asked * 4);
            String all = String.join("\n", copilotServer.bodies());
            assertThat(all).as("tool results went to the model").contains("\"role\" : \"tool\"")
                    .contains("French Press 34 oz").contains("<CUSTOMER_1>");
            assertThat(leaks(all)).as("seeded customers' values in request bodies (shown starred)").isEmpty();
        }
    }

    private static List<String> leaks(String all) {
        List<String> leaks = new ArrayList<>();
        String allLower = all.toLowerCase(Locale.ROOT);
        for (KnownCustomer customer : seeded) {
            for (String value : values(customer)) {
                if (allLower.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(value.replaceAll("(?<=.).", "*"));
                }
            }
        }
        return leaks;
    }

    private static List<String> placeholders(String body) {
        Matcher placeholder = PLACEHOLDER.matcher(body);
        List<String> found = new ArrayList<>();
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A customer's data in one of the ways people type it. */
    private static String mention(KnownCustomer c, int form) {
        String phone = c.phone() == null ? "" : c.phone();
        String local = phone.replaceFirst("^\\+1 ", "");
        return switch (form % 5) {
            case 0 -> "English";
            case 1 -> c.firstName() + " " + c.lastName() + " (" + c.loyaltyId() + ", " + c.email() + ", " + phone
                    + ") lives at " + c.address() + ".";
            case 2 -> c.lastName().toUpperCase(Locale.ROOT) + ", " + c.firstName() + " - tel " + local
                    + " - member " + c.loyaltyId().toLowerCase(Locale.ROOT) + " - " + c.email();
            case 3 -> "Thanks, " + c.firstName() + "! We will call (" + local.replaceFirst("-", ") ") + ") or mail "
                    + (c.email() == null ? "" : c.email().toUpperCase(Locale.ROOT)) + " about card " + c.loyaltyId();
            default -> c.firstName().toLowerCase(Locale.ROOT) + " " + c.lastName().toLowerCase(Locale.ROOT)
                    + " at " + c.address().toUpperCase(Locale.ROOT) + ", " + phone.replace("-", ".") + ", " + c.email();
        };
    }

    private static List<String> values(KnownCustomer c) {
        List<String> values = new ArrayList<>();
        values.add(c.firstName() + " " + c.lastName());
        values.add(c.lastName() + ", " + c.firstName());
        values.add(c.address());
        values.add(c.loyaltyId());
        if (c.email() != null) {
            values.add(c.email());
        }
        if (c.phone() != null) {
            String local = c.phone().replaceFirst("^\\+1 ", "");
            values.add(local);
            values.add(local.replace("-", "."));
            values.add(local.substring(local.indexOf('-') + 1));
        }
        return values;
    }
}
