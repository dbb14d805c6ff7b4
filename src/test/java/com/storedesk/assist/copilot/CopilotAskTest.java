package com.storedesk.assist.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.assist.AnswerMode;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.data.facts.SkuStock;
import com.storedesk.i18n.Language;
import com.storedesk.testing.SeededDemo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copilot without a model, on the seeded demo chain: the best-effort answer for each kind of question. */
class CopilotAskTest {

    private final AppContext context = SeededDemo.context();

    /** Searched by meaning as on a running screen; and no test run ends while the model is still loading. */
    @BeforeAll
    static void buildTheKnowledgeIndex() {
        SeededDemo.context().knowledge().start().join();
    }

    private CopilotAnswer ask(String text, Optional<CustomerRecord> customer, Optional<StoreSummary> store) {
        return context.copilot().ask(new CopilotQuestion(text, customer, store, Language.ENGLISH, "associate.s01"));
    }

    @Test
    void aPolicyQuestionCitesThePolicyPassage() {
        CopilotAnswer answer = ask("What is the return window for opened electronics?", Optional.empty(),
                Optional.empty());

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.outcome()).as("no model is set up").isEmpty();
        assertThat(answer.sources()).hasSize(CopilotAsk.PASSAGES).contains(new CopilotSource(
                CopilotSource.Kind.KNOWLEDGE, "Return and exchange policy \u203A Opened electronics"));
        assertThat(answer.sources()).allMatch(source -> source.kind() == CopilotSource.Kind.KNOWLEDGE);
        assertThat(answer.text()).startsWith("From the store's guides:")
                .contains("Return and exchange policy \u203A Opened electronics: Small electronics")
                .contains("within 14 days");
        assertThat(answer.stock()).isEmpty();
        assertThat(answer.history()).isEmpty();
    }

    @Test
    void aStockQuestionShowsTheProductsStockByStoreTheAskingStoreFirst() {
        StoreSummary asking = context.stores().listStores().stream().filter(s -> s.code().equals("S02")).findFirst()
                .orElseThrow();

        CopilotAnswer answer = ask("Does the French Press come in 34 oz at another store?", Optional.empty(),
                Optional.of(asking));

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        StockTable stock = answer.stock().orElseThrow();
        assertThat(stock.product().name()).isEqualTo("French Press 34 oz");
        assertThat(stock.rows()).hasSize(context.stores().listStores().size());
        assertThat(stock.rows().get(0).storeId()).as("the asking store first").isEqualTo(asking.id());
        assertThat(stock.rows()).extracting(SkuStock::sku).containsOnly(stock.product().sku());
        assertThat(answer.sources()).contains(new CopilotSource(CopilotSource.Kind.STOCK,
                "French Press 34 oz \u00b7 " + stock.product().sku()));
        assertThat(answer.text()).startsWith("French Press 34 oz (" + stock.product().sku() + "): ")
                .contains("here at " + asking.name()).contains("Other stores: ");
        assertThat(answer.sources()).anyMatch(s -> s.kind() == CopilotSource.Kind.KNOWLEDGE);
    }

    @Test
    void aHistoryQuestionListsTheCustomersPurchasesInThePeriodItNames() throws SQLException {
        CustomerRecord customer = context.customerSearch().find(mostFrequentCard()).get(0);
        // The seeded history ends on 22 Nov 2026: "last month" is October.
        CopilotAnswer answer = ask("What did she buy last month?", Optional.of(customer), Optional.empty());

        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
        assertThat(answer.history()).isNotEmpty().hasSizeLessThanOrEqualTo(CustomerHistory.MOST)
                .allSatisfy(row -> assertThat(row.date()).isBetween(LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31)));
        assertThat(answer.text()).startsWith("Purchases from ").contains(answer.history().get(0).productName());
        assertThat(answer.sources()).contains(new CopilotSource(CopilotSource.Kind.HISTORY, "2026-10-01 \u2013 2026-10-31"));
    }

    @Test
    void aHistoryQuestionWithoutACustomerSaysToChooseOne() {
        CopilotAnswer answer = ask("What did she buy last time?", Optional.empty(), Optional.empty());

        assertThat(answer.text()).startsWith("Choose a customer first to see what they bought.");
        assertThat(answer.history()).isEmpty();
    }

    @Test
    void theAnswerIsInTheAssociatesLanguage() {
        CopilotAnswer answer = context.copilot().ask(new CopilotQuestion("Return window for opened electronics?",
                Optional.empty(), Optional.empty(), Language.GERMAN, "associate.s01"));

        assertThat(answer.text()).startsWith("Aus den Leitf\u00e4den des Gesch\u00e4fts:");
        assertThat(answer.mode()).isEqualTo(AnswerMode.TEMPLATE);
    }

    private String mostFrequentCard() throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT c.loyalty_id FROM customer c JOIN sale s"
                        + " ON s.customer_id = c.id WHERE c.loyalty_id IS NOT NULL AND s.business_date"
                        + " BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' GROUP BY c.loyalty_id"
                        + " ORDER BY COUNT(*) DESC, c.loyalty_id")) {
            row.next();
            return row.getString(1);
        }
    }
}
