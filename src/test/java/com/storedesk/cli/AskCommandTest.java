package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk ask} on a small demo chain with no model: the best-effort answer, its mode and sources. */
class AskCommandTest {

    @TempDir
    static Path temp;

    private static String database;
    private static String card;

    @BeforeAll
    static void seed() throws Exception {
        database = temp.resolve("ask/storedesk").toString();
        CliRun seed = CliRun.of("demo", "seed", "--stores", "2", "--days", "10", "--db", database);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT c.loyalty_id FROM customer c JOIN sale s"
                        + " ON s.customer_id = c.id WHERE c.loyalty_id IS NOT NULL GROUP BY c.loyalty_id"
                        + " ORDER BY COUNT(*) DESC, c.loyalty_id")) {
            row.next();
            card = row.getString(1);
        }
    }

    @Test
    void jsonGivesTheAnswerItsModeAndItsSources() throws Exception {
        CliRun ask = CliRun.of("ask", "--db", database, "--json", "What is the return window for opened electronics?");

        assertThat(ask.exitCode()).as(ask.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(ask.out());
        assertThat(json.get("mode").asText()).isEqualTo("fallback");
        assertThat(json.get("outcome").isNull()).isTrue();
        assertThat(json.get("modeText").asText()).isEqualTo(new Messages(Language.ENGLISH).get("assist.mode.templateNoModel"));
        assertThat(json.get("answer").asText()).contains("14 days");
        assertThat(json.get("sources").findValuesAsText("title"))
                .contains("Return and exchange policy \u203A Opened electronics");
        assertThat(json.get("sources").findValuesAsText("kind")).containsOnly("knowledge");
        assertThat(json.get("stock").isNull()).isTrue();
        assertThat(json.get("history")).isEmpty();
    }

    @Test
    void jsonShowsTheStockTableAndTheCustomersPurchases() throws Exception {
        CliRun stock = CliRun.of("ask", "--db", database, "--store", "S02", "--json",
                "Is the French Press 34 oz in stock at another store?");
        assertThat(stock.exitCode()).as(stock.err()).isZero();
        JsonNode table = new ObjectMapper().readTree(stock.out()).get("stock");
        assertThat(table.get("name").asText()).isEqualTo("French Press 34 oz");
        assertThat(table.get("stores")).hasSize(2);
        assertThat(table.get("stores").get(0).get("store").asText()).as("the asking store first").isEqualTo("S02");

        CliRun history = CliRun.of("ask", "--db", database, "--customer", card.toLowerCase(), "--json",
                "What did she buy?");
        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode bought = new ObjectMapper().readTree(history.out());
        assertThat(bought.get("history")).isNotEmpty();
        assertThat(bought.get("history").get(0).get("product").asText()).isNotBlank();
        assertThat(bought.get("sources").findValuesAsText("kind")).contains("history", "knowledge");
    }

    @Test
    void textPrintsTheAnswerTheModeAndTheSources() {
        CliRun ask = CliRun.of("ask", "--db", database, "--store", "S01", "Does", "the", "French", "Press", "34", "oz",
                "come", "in", "another", "store?");

        assertThat(ask.exitCode()).as(ask.err()).isZero();
        Messages messages = new Messages(Language.ENGLISH);
        assertThat(ask.out()).startsWith("French Press 34 oz (")
                .contains(messages.get("assist.mode.templateNoModel"))
                .contains(messages.get("copilot.ask.stock.title", "French Press 34 oz"))
                .contains(messages.get("cli.ask.sources"))
                .contains("- " + messages.get("copilot.ask.source.stock") + ": French Press 34 oz");
    }

    @Test
    void anUnknownCustomerOrStoreIsRefusedInWords() {
        CliRun customer = CliRun.of("ask", "--db", database, "--customer", "HP99999999", "What did she buy?");
        assertThat(customer.exitCode()).isEqualTo(1);
        assertThat(customer.err().strip()).isEqualTo(new Messages(Language.ENGLISH).get("cli.ask.unknownCustomer",
                "HP99999999"));

        CliRun store = CliRun.of("ask", "--db", database, "--store", "S77", "Is it in stock?");
        assertThat(store.exitCode()).isEqualTo(1);
        assertThat(store.err().strip()).isEqualTo(new Messages(Language.ENGLISH).get("cli.ask.unknownStore", "S77"));
        assertThat(store.out()).isEmpty();
    }
}
